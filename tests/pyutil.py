"""Helpers shared by the Python tests: a pass/fail counter that ends with the
plain 'N passed, N failed' line, and a float32 safetensors reader (numpy)."""
import json
import struct
import sys


class Checks:
    def __init__(self):
        self.passed = self.failed = 0

    def __call__(self, cond, msg):
        if cond:
            self.passed += 1
        else:
            self.failed += 1
            print("FAIL:", msg)

    def finish(self):
        print("%d passed, %d failed" % (self.passed, self.failed))
        sys.exit(1 if self.failed else 0)


def read_safetensors(path):
    """name -> numpy array (F32, F16, BF16 and I64 tensors)."""
    import numpy as np
    with open(path, "rb") as f:
        n = struct.unpack("<Q", f.read(8))[0]
        h = json.loads(f.read(n))
        data = f.read()
    out = {}
    for k, v in h.items():
        if k == "__metadata__":
            continue
        raw = data[v["data_offsets"][0]:v["data_offsets"][1]]
        if v["dtype"] == "BF16":
            arr = (np.frombuffer(raw, np.uint16).astype(np.uint32) << 16).view(np.float32)
        else:
            arr = np.frombuffer(raw, {"F32": np.float32, "F16": np.float16, "I64": np.int64}[v["dtype"]])
        out[k] = arr.reshape(v["shape"])
    return out
