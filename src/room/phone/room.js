// The phone page of the live room. Every text from the session (names, the workbook's questions) is
// put into the page with textContent, never as HTML. See docs/live-room.md for the API.
'use strict';
(function () {
    const code = decodeURIComponent(location.pathname.split('/')[2] || '');
    const api = '/api/rooms/' + encodeURIComponent(code);
    const storageKey = 'cxm-room-' + code;
    const main = document.getElementById('main');
    const status = document.getElementById('status');
    let token = null;
    try { token = sessionStorage.getItem(storageKey); } catch (e) { token = null; }
    let sequence = 0;
    let roundId = null;
    let sections = new Map();
    let pollTimer = null;

    function el(tag, className, text) {
        const e = document.createElement(tag);
        if (className) e.className = className;
        if (text !== undefined && text !== null) e.textContent = text;
        return e;
    }

    async function call(method, path, body) {
        const headers = {};
        if (token) headers.Authorization = 'Bearer ' + token;
        if (body !== undefined) headers['Content-Type'] = 'application/json';
        const response = await fetch(api + path, {
            method, headers, body: body === undefined ? undefined : JSON.stringify(body),
            cache: 'no-store', credentials: 'omit'
        });
        let data = null;
        try { data = await response.json(); } catch (e) { data = null; }
        return { status: response.status, data: data || {} };
    }

    function setStatus(text) { status.textContent = text; }

    async function showJoin() {
        roundId = null;
        sections = new Map();
        main.replaceChildren();
        document.getElementById('who').textContent = '';
        let reply;
        try { reply = await call('GET', ''); } catch (e) { setStatus('The room cannot be reached. Check the Wi-Fi.'); return; }
        if (reply.status !== 200) { setStatus(reply.data.error || 'The room is closed.'); return; }
        if (reply.data.title) document.getElementById('title').textContent = reply.data.title;
        main.append(el('h2', null, 'Who are you?'));
        for (const p of reply.data.participants) {
            const b = el('button', 'participant', p.name);
            b.type = 'button';
            b.dataset.participant = p.id;
            b.addEventListener('click', () => join(p.id));
            main.append(b);
        }
        setStatus('Pick your name.');
    }

    async function join(participant) {
        const reply = await call('POST', '/join', { participant });
        if (reply.status !== 200 && reply.status !== 202) { setStatus(reply.data.error || 'Joining failed.'); return; }
        token = reply.data.token;
        try { sessionStorage.setItem(storageKey, token); } catch (e) { /* private mode: kept in memory */ }
        refresh();
    }

    function schedule() {
        clearTimeout(pollTimer);
        pollTimer = setTimeout(refresh, 2000);
    }

    async function refresh() {
        if (!token) { showJoin(); return; }
        let reply;
        try { reply = await call('GET', '/round'); } catch (e) { setStatus('The room cannot be reached. Retrying…'); schedule(); return; }
        if (reply.status === 401 || reply.status === 403) { token = null; try { sessionStorage.removeItem(storageKey); } catch (e) {} showJoin(); return; }
        if (reply.status === 202) {
            roundId = null;
            document.getElementById('who').textContent = reply.data.name;
            main.replaceChildren(el('p', 'waiting', 'Waiting for the facilitator to let this phone in.'));
            setStatus('Waiting for the facilitator.');
            schedule();
            return;
        }
        if (reply.status !== 200) { setStatus(reply.data.error || 'Retrying…'); schedule(); return; }
        const data = reply.data;
        document.getElementById('who').textContent = data.name;
        sequence = Math.max(sequence, data.lastSequence);
        if (!data.round) {
            if (roundId !== '') { roundId = ''; sections = new Map(); main.replaceChildren(el('p', 'waiting', 'Waiting for the facilitator to open a round.')); }
            setStatus('Connected.');
        } else if (data.round.id !== roundId) {
            roundId = data.round.id;
            renderRound(data.round);
            setStatus('Answer each question. You can change an answer until the round closes.');
        }
        schedule();
    }

    function key(q) { return q.question + '@' + q.scope; }

    function renderRound(round) {
        main.replaceChildren();
        sections = new Map();
        for (const q of round.questions) {
            const s = el('section', 'question');
            s.dataset.question = q.question;
            s.dataset.scope = q.scope;
            const headingId = 'q-' + sections.size;
            if (q.stage) s.append(el('p', 'stage', q.stage));
            s.append(el('p', 'worksheet', q.worksheetTitle));
            const h = el('h2', null, q.title);
            h.id = headingId;
            s.append(h);
            if (q.text) s.append(el('p', 'text', q.text));
            const saved = el('p', 'saved');
            saved.setAttribute('role', 'status');
            const state = { q, saved, answer: q.answer };
            if (q.kind === 'ranking') renderRanking(s, state); else renderChoices(s, state, headingId);
            s.append(saved);
            main.append(s);
            sections.set(key(q), state);
        }
    }

    function choiceGroup(label, choices, current, onPick) {
        const group = el('div', 'choices');
        group.setAttribute('role', 'group');
        group.setAttribute('aria-label', label);
        const buttons = [];
        for (const c of choices) {
            const b = el('button', 'choice', c.label);
            b.type = 'button';
            b.dataset.value = String(c.value);
            b.setAttribute('aria-pressed', String(current === c.value));
            b.addEventListener('click', () => onPick(c.value, buttons));
            buttons.push(b);
            group.append(b);
        }
        return group;
    }

    function press(buttons, value) {
        for (const b of buttons) b.setAttribute('aria-pressed', String(b.dataset.value === String(value)));
    }

    function renderChoices(section, state, headingId) {
        const q = state.q;
        if (q.kind === 'tracked') {
            const value = state.answer || { tracked: null, difficulty: null };
            state.answer = value;
            section.append(choiceGroup(q.title, q.choices, value.tracked, (v, buttons) => {
                send(state, { tracked: v, difficulty: state.answer.difficulty }, () => press(buttons, v));
            }));
            section.append(el('p', 'worksheet', q.barometerTitle));
            const levels = q.barometer.map((label, i) => ({ value: i + 1, label }));
            section.append(choiceGroup(q.barometerTitle, levels, value.difficulty, (v, buttons) => {
                send(state, { tracked: state.answer.tracked, difficulty: v }, () => press(buttons, v));
            }));
            return;
        }
        const group = choiceGroup(q.title, q.choices, state.answer, (v, buttons) => send(state, v, () => press(buttons, v)));
        group.setAttribute('aria-labelledby', headingId);
        section.append(group);
    }

    function renderRanking(section, state) {
        const q = state.q;
        let order = Array.isArray(state.answer) ? state.answer.slice() : q.options.map(o => o.value);
        const labels = new Map(q.options.map(o => [o.value, o.label]));
        const list = el('ol', 'ranking');
        function draw() {
            list.replaceChildren();
            order.forEach((id, i) => {
                const li = el('li');
                li.append(el('span', null, labels.get(id)));
                const moves = el('span', 'moves');
                const up = el('button', null, '↑'); up.type = 'button'; up.disabled = i === 0;
                up.setAttribute('aria-label', 'Move up: ' + labels.get(id));
                up.addEventListener('click', () => { [order[i - 1], order[i]] = [order[i], order[i - 1]]; draw(); });
                const down = el('button', null, '↓'); down.type = 'button'; down.disabled = i === order.length - 1;
                down.setAttribute('aria-label', 'Move down: ' + labels.get(id));
                down.addEventListener('click', () => { [order[i + 1], order[i]] = [order[i], order[i + 1]]; draw(); });
                moves.append(up, down);
                li.append(moves);
                list.append(li);
            });
        }
        draw();
        section.append(list);
        const save = el('button', 'save', 'Save this order');
        save.type = 'button';
        save.addEventListener('click', () => send(state, order.slice(), () => {}));
        section.append(save);
    }

    async function send(state, value, onSaved) {
        sequence += 1;
        const mine = sequence;
        state.latest = mine;
        state.saved.classList.remove('failed');
        state.saved.textContent = 'Saving…';
        let reply;
        try {
            reply = await call('POST', '/answer', { round: roundId, sequence: mine, question: state.q.question, scope: state.q.scope, value });
        } catch (e) {
            state.saved.classList.add('failed');
            state.saved.textContent = 'Not saved: the room cannot be reached. Try again.';
            return;
        }
        if (reply.status === 200) {
            state.answer = value;
            onSaved();
            if (mine === state.latest) state.saved.textContent = 'Saved';
            return;
        }
        if (mine !== state.latest) return; // a later answer to this question replaced this one
        state.saved.classList.add('failed');
        state.saved.textContent = 'Not saved: ' + (reply.data.error || 'try again.');
        if (reply.status === 409 || reply.status === 401) refresh();
    }

    refresh();
})();
