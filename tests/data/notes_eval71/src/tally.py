import sys, collections
sys.path.insert(0, "src")
mod = __import__(sys.argv[1])
N = mod.NOTES
TRAP = {"negated", "third_party", "healed", "figurative"}
print("n", len(N))
print("with symptom", sum(1 for t in N if t[1]))
print("trap no symptom", sum(1 for t in N if not t[1] and set(t[6]) & TRAP))
print("rest", sum(1 for t in N if not t[1] and not set(t[6]) & TRAP))
print("trap kinds", collections.Counter(k for t in N if not t[1] for k in t[6] if k in TRAP))
print("sym", collections.Counter(s for t in N for s in t[1]))
print("cond", collections.Counter(s for t in N for s in t[2]))
print("mood", collections.Counter(t[4] for t in N))
print("kind", collections.Counter(s for t in N for s in t[6]))
texts = [t[0] for t in N]; print("dup texts", len(texts) - len(set(texts)))
