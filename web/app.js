/* The motion-server page: a profile form, today's card, the week's plan,
 * feedback, a workout log and a 4-week chart. Plain DOM, no dependencies. */
(function () {
  'use strict';

  var T = {
    zh: {
      title: '运动建议', language: '语言', disclaimer: '本页面的建议不是医疗建议。如有不适请咨询医生。',
      profile: '我的资料', user: '用户名', age: '年龄', sex: '性别', unspecified: '不填', female: '女', male: '男',
      weight: '体重（公斤）', height: '身高（厘米）', fitness: '运动水平', beginner: '初级', intermediate: '中级',
      advanced: '高级', goal: '目标', minutes: '今天有多少分钟', conditions: '健康状况',
      c_hypertension: '高血压', c_diabetes: '糖尿病', c_asthma: '哮喘', c_heart_disease: '心脏病',
      c_pregnancy: '怀孕', c_knee_injury: '膝盖受伤', c_ankle_injury: '脚踝受伤', c_low_back_pain: '腰痛',
      notes: '今天感觉怎么样？', notes_ph: '例如：昨晚没睡好，今天有点累', go: '获取今日建议',
      forget: '删除我的数据', forget_confirm: '删除这个用户名的所有建议、反馈、运动记录和资料？',
      forgotten: '已删除 {n} 条记录。', today: '今日建议', card_empty: '填写资料后点击“获取今日建议”。',
      feedback: '做完了吗？告诉我们', rating: '评分', done: '完成了吗', yes: '完成了', no: '没完成',
      rpe: '自觉强度（RPE 6-20）', comment: '备注（可不填）', send_feedback: '提交反馈',
      feedback_sent: '谢谢，反馈已保存。', feedback_need: '请先选择评分和是否完成。',
      week_plan: '本周计划', plan_empty: '获取建议后这里显示七天计划。', history: '最近四周',
      chart_empty: '填写用户名并获取建议后，这里显示每周运动分钟数。', history_table: '记录明细',
      log_title: '记录一次运动', activity: '活动', log_minutes: '分钟', rpe_short: 'RPE', log_send: '记录',
      logged: '已记录。', need_user: '请先填写用户名。',
      footer: '运动量按中等强度当量计算；世卫组织建议成年人每周至少150分钟中等强度运动。',
      rec_no: '建议编号 {n}', intensity: '强度', kcal: '热量', hr_zone: '心率区间', met: 'MET',
      talk: '说话测试', strength: '力量', strength_fmt: '{e}个动作 × {s}组 × {r}次', reasons: '依据',
      warnings: '注意', emergency: '今天请不要运动，先按下面的提示处理。', notes_read: '从你的描述中读到',
      notes_unsure: '读到但不确定', substitute: '代替', min_unit: '分钟', kcal_unit: '千卡', bpm: '次/分',
      approx: '约', none: '—', today_short: '今天', rest_day: '休息',
      week_aerobic: '有氧 {a} / {t} 分钟（中等强度当量）', week_strength: '力量 {n} 天',
      week_balance: '平衡 {n} 天', chart_title: '每周运动分钟数（中等强度当量）', target: '目标 {t}',
      this_week: '近7天', week_of: '{d} 起', chart_label: '最近四周分钟数：{v}；目标 {t}',
      mood: '心情', sessions: '{n}次', no_user_note: '没有填写用户名：本次建议不会保存，不能反馈或记录。',
      auth_hint: '（这个用户名的令牌不在本浏览器中）', http: '服务器错误 {s}', network: '无法连接服务器',
      weekdays: ['周日', '周一', '周二', '周三', '周四', '周五', '周六'],
      kinds: {aerobic: '有氧', strength: '力量', balance: '平衡', rest: '休息'},
      levels: {light: '低强度', moderate: '中等强度', vigorous: '高强度', rest: '休息'},
      moods: {positive: '积极', neutral: '平常', negative: '低落', stressed: '有压力', tired: '疲劳'},
      acts: {run: '跑步', swim: '游泳', cycle: '骑自行车', brisk_walk: '快走', walk: '散步', yoga: '瑜伽',
        tai_chi: '太极', strength: '力量训练', stationary_bike: '室内单车', elliptical: '椭圆机',
        stretching: '拉伸', rest: '休息'},
      goals: ['减重', '增肌', '提高耐力', '保持健康', '缓解压力', '跑进三小时'],
      minutes_note: '今天只有{m}分钟',
      borg: {6: '毫不费力', 7: '极其轻松', 9: '很轻松', 11: '轻松', 13: '有点吃力', 15: '吃力', 17: '很吃力', 19: '极其吃力', 20: '最大努力'}
    },
    en: {
      title: 'Exercise advice', language: 'Language',
      disclaimer: 'The advice on this page is not medical advice. If you feel unwell, see a doctor.',
      profile: 'My profile', user: 'User id', age: 'Age', sex: 'Sex', unspecified: 'not given', female: 'female',
      male: 'male', weight: 'Weight (kg)', height: 'Height (cm)', fitness: 'Fitness level', beginner: 'beginner',
      intermediate: 'intermediate', advanced: 'advanced', goal: 'Goal', minutes: 'Minutes available today',
      conditions: 'Health conditions', c_hypertension: 'high blood pressure', c_diabetes: 'diabetes',
      c_asthma: 'asthma', c_heart_disease: 'heart disease', c_pregnancy: 'pregnancy', c_knee_injury: 'knee injury',
      c_ankle_injury: 'ankle injury', c_low_back_pain: 'low back pain', notes: 'How do you feel today?',
      notes_ph: 'e.g. slept badly, a bit tired today', go: "Get today's advice", forget: 'Delete my data',
      forget_confirm: "Delete all of this user id's recommendations, feedback, workouts and profile?",
      forgotten: 'Deleted {n} records.', today: "Today's advice",
      card_empty: "Fill in the profile and press \u201cGet today's advice\u201d.",
      feedback: 'Done it? Tell us', rating: 'Rating', done: 'Completed', yes: 'yes', no: 'no',
      rpe: 'Effort (RPE 6-20)', comment: 'Comment (optional)', send_feedback: 'Send feedback',
      feedback_sent: 'Thanks, feedback saved.', feedback_need: 'Pick a rating and whether you completed it first.',
      week_plan: "This week's plan", plan_empty: 'The seven-day plan appears here after advice.',
      history: 'Last four weeks',
      chart_empty: 'With a user id, weekly minutes appear here after advice.', history_table: 'Details',
      log_title: 'Log a workout', activity: 'Activity', log_minutes: 'Minutes', rpe_short: 'RPE', log_send: 'Log it',
      logged: 'Logged.', need_user: 'Enter a user id first.',
      footer: 'Minutes are moderate-equivalent; WHO recommends adults at least 150 minutes of moderate activity a week.',
      rec_no: 'recommendation {n}', intensity: 'Intensity', kcal: 'Energy', hr_zone: 'Heart-rate zone', met: 'MET',
      talk: 'Talk test', strength: 'Strength', strength_fmt: '{e} exercises × {s} sets × {r} reps',
      reasons: 'Why', warnings: 'Take care',
      emergency: 'No exercise today: follow the instructions below first.', notes_read: 'Read from your notes',
      notes_unsure: 'Read but not sure', substitute: 'instead of', min_unit: 'min', kcal_unit: 'kcal', bpm: 'bpm',
      approx: 'about', none: '—', today_short: 'today', rest_day: 'rest',
      week_aerobic: 'aerobic {a} / {t} min (moderate-equivalent)', week_strength: 'strength {n} days',
      week_balance: 'balance {n} days', chart_title: 'Weekly minutes (moderate-equivalent)', target: 'target {t}',
      this_week: 'last 7 days', week_of: 'from {d}', chart_label: 'Last four weeks, minutes: {v}; target {t}',
      mood: 'Mood', sessions: '{n} sessions', no_user_note: 'No user id: this advice is not stored; feedback and logging need one.',
      auth_hint: " (this user id's token is not in this browser)", http: 'server error {s}',
      network: 'cannot reach the server',
      weekdays: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
      kinds: {aerobic: 'aerobic', strength: 'strength', balance: 'balance', rest: 'rest'},
      levels: {light: 'light', moderate: 'moderate', vigorous: 'vigorous', rest: 'rest'},
      moods: {positive: 'positive', neutral: 'neutral', negative: 'low', stressed: 'stressed', tired: 'tired'},
      acts: {run: 'run', swim: 'swim', cycle: 'cycling', brisk_walk: 'brisk walk', walk: 'walk', yoga: 'yoga',
        tai_chi: 'tai chi', strength: 'strength training', stationary_bike: 'stationary bike',
        elliptical: 'elliptical', stretching: 'stretching', rest: 'rest'},
      goals: ['lose weight', 'build muscle', 'endurance', 'stay healthy', 'less stress', 'marathon under 3 hours'],
      minutes_note: 'I only have {m} minutes today',
      borg: {6: 'no exertion', 7: 'extremely light', 9: 'very light', 11: 'light', 13: 'somewhat hard', 15: 'hard',
        17: 'very hard', 19: 'extremely hard', 20: 'maximal'}
    }
  };
  var LOG_ACTS = ['run', 'swim', 'cycle', 'brisk_walk', 'walk', 'yoga', 'tai_chi', 'strength', 'stationary_bike',
    'elliptical', 'stretching'];

  var $ = function (id) { return document.getElementById(id); };
  var lang = pickLang();
  var state = {rec: null, recUser: '', plan: null, history: null, user: '', rating: 0, done: null, noUser: false};

  function pickLang() {
    var s = null;
    try { s = localStorage.getItem('mr-lang'); } catch (e) { /* storage off */ }
    if (s === 'zh' || s === 'en') return s;
    return /^zh/i.test(navigator.language || '') ? 'zh' : 'en';
  }
  function t(key, vars) {
    var s = T[lang][key];
    if (s === undefined) s = T.en[key];
    if (s === undefined) return key;
    if (typeof s === 'string' && vars) s = s.replace(/\{(\w+)\}/g, function (m, k) { return vars[k] !== undefined ? vars[k] : m; });
    return s;
  }
  function actName(a) { return (T[lang].acts[a]) || String(a); }
  function levelName(a) { return (T[lang].levels[a]) || String(a); }
  function el(tag, attrs, kids) {
    var e = document.createElement(tag);
    if (attrs) for (var k in attrs) {
      if (k === 'text') e.textContent = attrs[k];
      else if (k === 'cls') e.className = attrs[k];
      else e.setAttribute(k, attrs[k]);
    }
    (kids || []).forEach(function (c) { if (c != null) e.appendChild(typeof c === 'string' ? document.createTextNode(c) : c); });
    return e;
  }
  function add(parent, child) { if (child) parent.appendChild(child); }
  function isNum(x) { return typeof x === 'number' && isFinite(x); }
  function range(r) { return Array.isArray(r) && r.length === 2 ? r[0] + '-' + r[1] : null; }

  /* ---------------------------------------------------------------- tokens, calls */
  function tokenKey(u) { return 'mr-token:' + u; }
  function getToken(u) { try { return u ? localStorage.getItem(tokenKey(u)) : null; } catch (e) { return null; } }
  function setToken(u, tok) { try { if (u && tok) localStorage.setItem(tokenKey(u), tok); } catch (e) { /* */ } }
  function dropToken(u) { try { localStorage.removeItem(tokenKey(u)); } catch (e) { /* */ } }

  var busy = 0;
  function setBusy(d) {
    busy += d;
    document.body.setAttribute('data-busy', String(busy));
    $('go').disabled = busy > 0;
  }

  /* One call: JSON in and out, the user's token sent, a new one kept. Throws
   * an Error carrying the server's {"error"} message. */
  function api(method, path, body, user) {
    var h = {'Accept': 'application/json'};
    if (body !== undefined) h['Content-Type'] = 'application/json; charset=utf-8';
    var tok = getToken(user);
    if (tok) h['Authorization'] = 'Bearer ' + tok;
    setBusy(1);
    return fetch(path, {method: method, headers: h, body: body === undefined ? undefined : JSON.stringify(body)})
      .then(function (r) {
        var nt = r.headers.get('X-MR-Token');
        if (nt && user) setToken(user, nt);
        return r.text().then(function (txt) {
          var data = null;
          try { data = txt ? JSON.parse(txt) : null; } catch (e) { data = null; }
          if (!r.ok) {
            var msg = data && typeof data.error === 'string' ? data.error : t('http', {s: r.status});
            if (r.status === 401 || r.status === 403) msg += t('auth_hint');
            var err = new Error(msg); err.status = r.status; throw err;
          }
          return data;
        });
      }, function () { throw new Error(t('network')); })
      .then(function (d) { setBusy(-1); return d; }, function (e) { setBusy(-1); throw e; });
  }
  function userPath(u, rest) { return '/v1/users/' + encodeURIComponent(u) + rest; }

  function showError(msg) {
    var e = $('error');
    e.textContent = msg || '';
    e.hidden = !msg;
  }

  /* ---------------------------------------------------------------- the profile */
  function numField(p, key, id) {
    var v = $(id).value.trim();
    if (v === '') return;
    var n = Number(v);
    p[key] = isFinite(n) ? n : v;        /* a non-number goes as is: the server names the field */
  }
  function readProfile() {
    var p = {};
    var u = $('user').value.trim();
    if (u) p.user = u;
    numField(p, 'age', 'age');
    if ($('sex').value) p.sex = $('sex').value;
    numField(p, 'weight_kg', 'weight');
    numField(p, 'height_cm', 'height');
    if ($('fitness').value) p.fitness = $('fitness').value;
    var goal = $('goal').value.trim();
    if (goal) p.goal = goal;
    var conds = [];
    Array.prototype.forEach.call(document.querySelectorAll('#conditions input[type=checkbox]'), function (c) {
      if (c.checked) conds.push(c.value);
    });
    if (conds.length) p.conditions = conds;
    /* the profile has no field for the time available: the advisor reads it from the notes */
    var notes = $('notes').value.trim();
    var m = $('minutes').value.trim();
    if (m !== '' && isFinite(Number(m))) {
      var said = t('minutes_note', {m: Math.round(Number(m))});
      var sep = /[。！？.!?；;，,]$/.test(notes) ? (lang === 'zh' ? '' : ' ') : (lang === 'zh' ? '。' : '. ');
      notes = notes ? notes + sep + said : said;
    }
    if (notes) p.notes = notes;
    var d = new Date(), pad = function (x) { return (x < 10 ? '0' : '') + x; };
    p.context = {time: d.getFullYear() + '-' + pad(d.getMonth() + 1) + '-' + pad(d.getDate()) + 'T' +
      pad(d.getHours()) + ':' + pad(d.getMinutes())};
    p.language = lang;
    return p;
  }

  function onGo(ev) {
    ev.preventDefault();
    showError('');
    var p = readProfile();
    state.user = p.user || '';
    state.noUser = !p.user;
    if (!p.user) { state.history = null; $('chart').textContent = ''; $('history-table-box').hidden = true; }
    api('POST', '/v1/recommend', p, p.user).then(function (rec) {
      state.rec = rec || {};
      state.recUser = p.user || '';
      state.rating = 0; state.done = null;
      renderCard();
      return api('POST', '/v1/plan', p, p.user);
    }).then(function (plan) {
      state.plan = plan || {};
      renderPlan();
      return p.user ? loadHistory() : null;
    }).catch(function (e) { showError(e.message); });
  }

  /* ---------------------------------------------------------------- today's card */
  function listBlock(title, items, cls, id) {
    if (!Array.isArray(items) || !items.length) return null;
    return el('div', {cls: cls, id: id}, [el('h4', {text: title}),
      el('ul', null, items.map(function (x) { return el('li', {text: String(x)}); }))]);
  }
  function fact(label, value, id) {
    if (value == null || value === '') return null;
    return el('div', {cls: 'fact'}, [el('dt', {text: label}), el('dd', {id: id, text: String(value)})]);
  }
  function renderCard() {
    var r = state.rec, card = $('card');
    card.textContent = '';
    if (!r) return;
    if (r.rec_id != null) card.setAttribute('data-rec', String(r.rec_id)); else card.removeAttribute('data-rec');
    var emergency = r.safety && r.safety.emergency;
    if (emergency) add(card, el('p', {cls: 'emergency', id: 'card-emergency', text: t('emergency')}));
    add(card, listBlock(t('warnings'), r.warnings, 'warnings', 'card-warnings'));
    if (r.rec_id != null) add(card, el('p', {cls: 'recno', text: t('rec_no', {n: r.rec_id})}));
    if (r.advice) add(card, el('p', {cls: 'advice', id: 'card-advice', text: r.advice}));
    var act = r.activity != null ? actName(r.activity) : null;
    if (act && r.substitute_for) act += lang === 'zh' ? '（' + t('substitute') + actName(r.substitute_for) + '）'
      : ' (' + t('substitute') + ' ' + actName(r.substitute_for) + ')';
    var st = r.strength;
    var dl = el('dl', {cls: 'facts'}, [
      fact(t('activity'), act, 'card-activity'),
      fact(t('intensity'), r.intensity != null ? levelName(r.intensity) : null, 'card-intensity'),
      fact(t('log_minutes'), isNum(r.minutes) ? r.minutes + ' ' + t('min_unit') : null, 'card-minutes'),
      fact('RPE', range(r.rpe) ? range(r.rpe) + (r.talk_test ? ' · ' + r.talk_test : '') : null, 'card-rpe'),
      fact(t('hr_zone'), range(r.hr_zone_bpm) ? range(r.hr_zone_bpm) + ' ' + t('bpm') : null, 'card-hr'),
      fact(t('strength'), st && typeof st === 'object' ?
        t('strength_fmt', {e: st.exercises, s: range(st.sets) || st.sets, r: range(st.reps) || st.reps}) : null, 'card-strength'),
      fact(t('met'), isNum(r.met) ? r.met : null, 'card-met'),
      fact(t('kcal'), isNum(r.kcal) ? t('approx') + ' ' + r.kcal + ' ' + t('kcal_unit') : null, 'card-kcal'),
      fact(t('mood'), r.mood ? (T[lang].moods[r.mood] || r.mood) : null, 'card-mood')
    ].filter(Boolean));
    card.appendChild(dl);
    add(card, listBlock(t('notes_read'), r.notes_conditions, 'notes-read', 'card-notes-read'));
    add(card, listBlock(t('notes_unsure'), r.notes_unsure, 'notes-unsure', 'card-notes-unsure'));
    add(card, listBlock(t('reasons'), r.reasons, 'reasons', 'card-reasons'));
    if (state.noUser) add(card, el('p', {cls: 'hint', text: t('no_user_note')}));
    $('feedback').hidden = r.rec_id == null;
    $('feedback-status').textContent = '';
    syncPicks();
  }

  /* ---------------------------------------------------------------- the week */
  function renderPlan() {
    var p = state.plan, box = $('plan');
    box.textContent = '';
    if (!p) return;
    var days = Array.isArray(p.days) ? p.days : [];
    var ol = el('ol', {cls: 'days', id: 'plan-days'});
    days.forEach(function (d, i) {
      d = d || {};
      var wd = isNum(d.weekday) ? T[lang].weekdays[d.weekday] : null;
      var head = (d.day === 0 || (d.day == null && i === 0)) ? t('today_short') + (wd ? ' ' + wd : '') : (wd || '#' + ((d.day != null ? d.day : i) + 1));
      var bits = [];
      if (d.activity != null) bits.push(actName(d.activity));
      if (d.activity !== 'rest' && d.intensity != null) bits.push(levelName(d.intensity));
      if (isNum(d.minutes) && d.minutes > 0) bits.push(d.minutes + ' ' + t('min_unit'));
      if (range(d.rpe)) bits.push('RPE ' + range(d.rpe));
      if (range(d.hr_zone_bpm)) bits.push(range(d.hr_zone_bpm) + ' ' + t('bpm'));
      if (isNum(d.kcal) && d.kcal > 0) bits.push(t('approx') + ' ' + d.kcal + ' ' + t('kcal_unit'));
      var li = el('li', {cls: 'day kind-' + (d.kind || d.activity || 'x'), 'data-day': String(d.day != null ? d.day : i)}, [
        el('span', {cls: 'wd', text: head}),
        d.kind ? el('span', {cls: 'kind', text: T[lang].kinds[d.kind] || d.kind}) : null,
        el('span', {cls: 'what', text: bits.join(' · ')}),
        d.reason ? el('span', {cls: 'why', text: String(d.reason)}) : null
      ]);
      ol.appendChild(li);
    });
    add(box, listBlock(t('warnings'), p.warnings, 'warnings', 'plan-warnings'));
    box.appendChild(ol);
    var w = p.week;
    if (w && typeof w === 'object') {
      var parts = [];
      if (isNum(w.aerobic_minutes)) parts.push(t('week_aerobic', {a: w.aerobic_minutes, t: isNum(w.aerobic_target) ? w.aerobic_target : '?'}));
      if (isNum(w.strength_days)) parts.push(t('week_strength', {n: w.strength_days}));
      if (isNum(w.balance_days)) parts.push(t('week_balance', {n: w.balance_days}));
      if (parts.length) add(box, el('p', {cls: 'week', id: 'plan-week', text: parts.join(' · ')}));
    }
  }

  /* ---------------------------------------------------------------- feedback */
  function syncPicks() {
    for (var i = 1; i <= 5; i++) $('rating-' + i).setAttribute('aria-pressed', String(state.rating === i));
    $('done-yes').setAttribute('aria-pressed', String(state.done === true));
    $('done-no').setAttribute('aria-pressed', String(state.done === false));
  }
  function onSendFeedback() {
    showError('');
    var r = state.rec;
    if (!r || r.rec_id == null) return;
    if (!state.rating || state.done === null) { $('feedback-status').textContent = t('feedback_need'); return; }
    var u = state.recUser;
    var body = {user: u, rec_id: r.rec_id, rating: state.rating, completed: state.done};
    if ($('rpe').value) body.rpe = Number($('rpe').value);
    var c = $('comment').value.trim();
    if (c) body.comment = c;
    $('feedback-status').textContent = '';
    api('POST', '/v1/feedback', body, u).then(function () {
      $('feedback-status').textContent = t('feedback_sent');
      state.user = u;
      return loadHistory();
    }).catch(function (e) { showError(e.message); });
  }

  /* ---------------------------------------------------------------- log, history, chart */
  function currentUser() { return $('user').value.trim() || state.user; }
  function onLog(ev) {
    ev.preventDefault();
    showError('');
    var u = currentUser();
    if (!u) { showError(t('need_user')); return; }
    state.user = u;
    var body = {activity: $('log-activity').value};
    var m = $('log-minutes').value.trim();
    body.minutes = m !== '' && isFinite(Number(m)) ? Number(m) : m;
    if ($('log-rpe').value) body.rpe = Number($('log-rpe').value);
    $('log-status').textContent = '';
    api('POST', userPath(u, '/log'), body, u).then(function () {
      $('log-status').textContent = t('logged');
      return loadHistory();
    }).catch(function (e) { showError(e.message); });
  }
  function loadHistory() {
    var u = state.user;
    if (!u) return Promise.resolve(null);
    return api('GET', userPath(u, '/history'), undefined, u).then(function (h) {
      state.history = h || {};
      renderChart();
      return h;
    });
  }
  function svg(tag, attrs, text) {
    var e = document.createElementNS('http://www.w3.org/2000/svg', tag);
    for (var k in attrs) e.setAttribute(k, attrs[k]);
    if (text != null) e.textContent = text;
    return e;
  }
  function renderChart() {
    var h = state.history, box = $('chart');
    box.textContent = '';
    if (!h) return;
    var weeks = Array.isArray(h.weeks) ? h.weeks.filter(function (w) { return w && typeof w === 'object'; }) : [];
    var target = isNum(h.target) ? h.target : null;
    var W = 480, H = 240, L = 44, R = 12, TOP = 28, B = 40;
    var max = target || 0;
    weeks.forEach(function (w) { if (isNum(w.minutes) && w.minutes > max) max = w.minutes; });
    max = Math.max(30, Math.ceil(max * 1.15 / 30) * 30);
    var y = function (v) { return TOP + (H - TOP - B) * (1 - v / max); };
    var vals = weeks.map(function (w) { return isNum(w.minutes) ? w.minutes : 0; });
    var s = svg('svg', {viewBox: '0 0 ' + W + ' ' + H, width: '100%', role: 'img', id: 'chart-svg',
      'aria-label': t('chart_label', {v: vals.join(', '), t: target != null ? target : '?'})});
    s.appendChild(svg('text', {x: L, y: 16, 'class': 'title'}, t('chart_title')));
    for (var g = 0; g <= 3; g++) {
      var gv = Math.round(max * g / 3);
      s.appendChild(svg('line', {x1: L, x2: W - R, y1: y(gv), y2: y(gv), 'class': 'grid'}));
      s.appendChild(svg('text', {x: L - 6, y: y(gv) + 4, 'class': 'axis', 'text-anchor': 'end'}, String(gv)));
    }
    var n = Math.max(weeks.length, 1), slot = (W - L - R) / n, bw = Math.min(64, slot * 0.6);
    weeks.forEach(function (w, i) {
      var v = vals[i], x = L + slot * i + (slot - bw) / 2, last = i === weeks.length - 1;
      var cls = 'bar' + (last ? ' current' : '') + (target != null && v >= target ? ' met' : '');
      var rect = svg('rect', {x: x.toFixed(1), y: y(v).toFixed(1), width: bw.toFixed(1),
        height: Math.max(0, y(0) - y(v)).toFixed(1), 'class': cls, 'data-minutes': String(v),
        'data-start': String(w.start || ''), 'data-week': String(i)});
      if (last) rect.setAttribute('id', 'bar-current');
      rect.appendChild(svg('title', {}, (w.start || '') + ': ' + v + ' ' + t('min_unit') +
        (isNum(w.sessions) ? ', ' + t('sessions', {n: w.sessions}) : '')));
      s.appendChild(rect);
      s.appendChild(svg('text', {x: (x + bw / 2).toFixed(1), y: (y(v) - 5).toFixed(1), 'class': 'value',
        'text-anchor': 'middle'}, String(v)));
      var lab = last ? t('this_week') : (w.start ? t('week_of', {d: String(w.start).slice(5)}) : '');
      s.appendChild(svg('text', {x: (x + bw / 2).toFixed(1), y: H - B + 18, 'class': 'axis', 'text-anchor': 'middle'}, lab));
    });
    if (target != null) {
      s.appendChild(svg('line', {x1: L, x2: W - R, y1: y(target), y2: y(target), 'class': 'target',
        'data-target': String(target), id: 'chart-target'}));
      s.appendChild(svg('text', {x: W - R, y: y(target) - 5, 'class': 'target-label', 'text-anchor': 'end'},
        t('target', {t: target})));
    }
    box.appendChild(s);
    var tb = typeof h.table === 'string' && h.table.trim() ? h.table : '';
    $('history-table').textContent = tb;
    $('history-table-box').hidden = !tb;
  }

  function onForget() {
    showError('');
    var u = currentUser();
    if (!u) { showError(t('need_user')); return; }
    if (!window.confirm(t('forget_confirm'))) return;
    api('DELETE', userPath(u, ''), undefined, u).then(function (d) {
      dropToken(u);
      state.rec = state.plan = state.history = null;
      $('card').textContent = ''; $('plan').textContent = ''; $('chart').textContent = '';
      $('feedback').hidden = true;
      $('history-table-box').hidden = true;
      $('card').appendChild(el('p', {cls: 'hint', text: t('forgotten', {n: d && d.deleted != null ? d.deleted : 0})}));
    }).catch(function (e) { showError(e.message); });
  }

  /* ---------------------------------------------------------------- language */
  function fillSelects() {
    var keep = $('log-activity').value;
    $('log-activity').textContent = '';
    LOG_ACTS.forEach(function (a) { $('log-activity').appendChild(el('option', {value: a, text: actName(a)})); });
    if (keep) $('log-activity').value = keep;
    ['rpe', 'log-rpe'].forEach(function (id) {
      var s = $(id), v = s.value;
      s.textContent = '';
      s.appendChild(el('option', {value: '', text: t('none')}));
      for (var i = 6; i <= 20; i++) {
        var b = T[lang].borg[i];
        s.appendChild(el('option', {value: String(i), text: i + (b ? ' · ' + b : '')}));
      }
      s.value = v;
    });
    var dl = $('goal-list');
    dl.textContent = '';
    T[lang].goals.forEach(function (g) { dl.appendChild(el('option', {value: g})); });
  }
  function applyLang() {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = t('title') + (lang === 'zh' ? ' · Exercise advice' : ' · 运动建议');
    Array.prototype.forEach.call(document.querySelectorAll('[data-i18n]'), function (e) {
      e.textContent = t(e.getAttribute('data-i18n'));
    });
    Array.prototype.forEach.call(document.querySelectorAll('[data-i18n-ph]'), function (e) {
      e.setAttribute('placeholder', t(e.getAttribute('data-i18n-ph')));
    });
    $('lang').value = lang;
    fillSelects();
    /* the advisor's sentences stay in the language they were asked in; the labels follow */
    if (state.rec) renderCard();
    if (state.plan) renderPlan();
    if (state.history) renderChart();
  }

  /* ---------------------------------------------------------------- wiring */
  $('lang').addEventListener('change', function () {
    lang = this.value === 'en' ? 'en' : 'zh';
    try { localStorage.setItem('mr-lang', lang); } catch (e) { /* */ }
    applyLang();
  });
  $('profile-form').addEventListener('submit', onGo);
  $('log-form').addEventListener('submit', onLog);
  $('send-feedback').addEventListener('click', onSendFeedback);
  $('forget').addEventListener('click', onForget);
  for (var i = 1; i <= 5; i++) $('rating-' + i).addEventListener('click', function () {
    state.rating = Number(this.getAttribute('data-rating')); syncPicks();
  });
  $('done-yes').addEventListener('click', function () { state.done = true; syncPicks(); });
  $('done-no').addEventListener('click', function () { state.done = false; syncPicks(); });
  applyLang();
})();
