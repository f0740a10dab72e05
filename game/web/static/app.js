// The student page: join, answer, see the reveal with its quote and source, see your results.
// Everything shown is set with textContent (a nickname is text, never HTML).
"use strict";
(function () {
  const SHAPES = ["triangle", "diamond", "circle", "square", "hexagon", "star"];
  const SHAPE_NAMES = { triangle: "triangle", diamond: "diamond", circle: "circle",
    square: "square", hexagon: "hexagon", star: "star" };
  const INK = ["#fff", "#fff", "#111", "#fff", "#111", "#111"];
  const ERRORS = {
    wrong_room: "That room code is not this quiz's. Check the code on the projector.",
    stale_token: "This quiz no longer knows you. Join again with a nickname.",
    name_empty: "Type a nickname first.",
    name_long: "That nickname is too long: 20 characters at most.",
    name_bad: "A nickname cannot hold line breaks or control characters.",
    name_taken: "Someone in the room already has that nickname. Try another.",
    room_full: "The room is full (200 players). Ask your teacher.",
    bad_team: "That team does not exist. Pick one from the list.",
    no_devices: "This quiz does not take answers from devices.",
    unknown_player: "This quiz no longer knows you. Reload the page.",
    finished: "The quiz is over: answers are closed.",
    other_question: "That answer was for another question; it was not counted.",
    paused: "The quiz is paused: wait for your teacher, then answer.",
    closed: "Answers are locked for this question.",
    late: "Too late: time was up when your answer arrived. It was not counted.",
    bad_answer: "That answer does not fit this question.",
    not_joined: "Join the quiz first.",
    bad_json: "The page sent something the quiz could not read. Reload the page.",
    bad_message: "The page sent something the quiz could not read. Reload the page.",
    unknown_type: "The page sent something the quiz could not read. Reload the page.",
    too_big: "That was too long to send.",
    already_joined: "This page has already joined the quiz.",
    slow_down: "Slow down: too many messages at once.",
    not_saved: "Your teacher's computer could not save answers just now: tell your teacher.",
  };
  const $ = (id) => document.getElementById(id);
  const params = new URLSearchParams(location.search);
  let room = (params.get("room") || "").toUpperCase();
  let ws = null;
  let state = null;
  let retry = 0;
  let deadline = null;
  let draft = null; // the order being arranged, or the pairs being picked, before it is sent
  let lastKey = "";

  function el(tag, attrs, text) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
    if (text !== undefined) node.textContent = text;
    return node;
  }
  function tokenKey() { return "space-accord-token-" + room; }
  function say(text) { $("status").textContent = text; }
  function warn(text) { $("alert").textContent = text; }

  function badge(index, letter) {
    const ns = "http://www.w3.org/2000/svg";
    const svg = document.createElementNS(ns, "svg");
    svg.setAttribute("viewBox", "0 0 24 24");
    svg.setAttribute("class", "badge");
    svg.setAttribute("aria-hidden", "true");
    const shape = SHAPES[index % SHAPES.length];
    let node;
    if (shape === "circle") {
      node = document.createElementNS(ns, "circle");
      node.setAttribute("cx", "12"); node.setAttribute("cy", "12"); node.setAttribute("r", "11");
    } else {
      node = document.createElementNS(ns, "polygon");
      const pts = {
        triangle: "12,1 23,22 1,22", diamond: "12,0 24,12 12,24 0,12", square: "2,2 22,2 22,22 2,22",
        hexagon: "12,1 22,6.5 22,17.5 12,23 2,17.5 2,6.5",
        star: "12,0 15,8.5 24,9 17,14.5 19.5,23.5 12,18.5 4.5,23.5 7,14.5 0,9 9,8.5",
      }[shape];
      node.setAttribute("points", pts);
    }
    node.setAttribute("fill", "var(--a" + (index % 6) + ")");
    svg.appendChild(node);
    const t = document.createElementNS(ns, "text");
    t.setAttribute("x", "12"); t.setAttribute("y", shape === "triangle" ? "19" : "16");
    t.setAttribute("text-anchor", "middle"); t.setAttribute("fill", INK[index % 6]);
    t.textContent = letter;
    svg.appendChild(t);
    return svg;
  }

  // The badge shows the letter to the eye; a screen reader (the badge is hidden from it)
  // hears it from this text instead, so nobody meets it twice.
  function letterText(letter, text) {
    const span = el("span", { class: "text" });
    span.appendChild(el("span", { class: "sr-only" }, letter + ": "));
    span.appendChild(document.createTextNode(text));
    return span;
  }

  // -- connection -------------------------------------------------------------------------
  let joinShown = false;
  function connect() {
    const scheme = location.protocol === "https:" ? "wss://" : "ws://";
    ws = new WebSocket(scheme + location.host + "/ws");
    ws.onopen = () => {
      retry = 0;
      const token = localStorage.getItem(tokenKey());
      if (room && token) send({ type: "hello", room: room, token: token });
      else if (!joinShown) showJoin();  // already shown: keep what is typed, and the focus
    };
    ws.onmessage = (event) => receive(JSON.parse(event.data));
    ws.onclose = () => {
      ws = null;
      if (state && state.results) {  // the teacher closed a finished quiz: nothing to rejoin
        say("The quiz is over and your teacher has closed it. Your results stay on this page.");
        return;
      }
      // A page that waited long to join is closed by the server: come back without fuss.
      if (state) say("Connection lost: reconnecting…");
      retry = Math.min(retry + 1, 5);
      setTimeout(connect, 500 * retry);
    };
  }
  function send(data) {
    if (ws && ws.readyState === WebSocket.OPEN) { ws.send(JSON.stringify(data)); return true; }
    warn("Not connected: wait a moment and try again.");
    return false;
  }

  function receive(msg) {
    if (msg.type === "welcome") {
      localStorage.setItem(tokenKey(), msg.token);
      joinShown = false;
      warn("");
      $("join").hidden = true;
      $("play").hidden = false;
    } else if (msg.type === "state") {
      msg.received = performance.now();
      show(msg);
    } else if (msg.type === "ack") {
      warn("");
      if (state && state.answer !== undefined && state.number - 1 === msg.question) {
        state.answer = msg.answer;
        draft = null;
        show(state);
      }
      // An acknowledgement can arrive after the lock it raced with: then say so, not "change it".
      const open = !state || state.phase === "question";
      say("Answer received: " + answerWords(msg.answer) +
        (open ? ". You can change it until the question locks." : ". Answers are locked now."));
      // Taken, but the teacher's computer could not write it down: say so, never "kept".
      if (msg.saved === false) warn(ERRORS.not_saved);
    } else if (msg.type === "refused") {
      warn(ERRORS[msg.code] || "Your answer was not taken (" + msg.code + ").");
    } else if (msg.type === "error") {
      if (msg.code === "stale_token") { localStorage.removeItem(tokenKey()); showJoin(); }
      warn(ERRORS[msg.code] || "Something went wrong (" + msg.code + ").");
    }
  }

  // -- joining ----------------------------------------------------------------------------
  function showJoin() {
    joinShown = true;
    $("join").hidden = false;
    $("play").hidden = true;
    $("room").value = room;
    fetch("/room.json").then((r) => r.json()).then((info) => {
      const select = $("team");
      select.replaceChildren();
      if (info.teams && info.teams.length) {
        select.appendChild(el("option", { value: "" }, "Put me in a team"));
        info.teams.forEach((name, i) => select.appendChild(el("option", { value: String(i) }, name)));
        $("team-field").hidden = false;
      }
    }).catch(() => {});
    (room ? $("name") : $("room")).focus();
  }
  $("join-form").addEventListener("submit", (event) => {
    event.preventDefault();
    room = $("room").value.trim().toUpperCase();
    const name = $("name").value;
    if (!room) { warn("Type the room code shown on the projector."); $("room").focus(); return; }
    if (!name.trim()) { warn(ERRORS.name_empty); $("name").focus(); return; }
    const team = $("team").value;
    send({ type: "join", room: room, name: name, team: team === "" ? null : Number(team) });
  });

  // -- what the class is doing ------------------------------------------------------------
  function answerWords(answer) {
    const q = state && state.question;
    if (!q || answer === null || answer === undefined) return "";
    if (q.type === "number") return String(answer) + (q.unit ? " " + q.unit : "");
    if (q.type === "match" && Array.isArray(answer)) return pairWords(q, answer, " with ").join("; ");
    if (Array.isArray(answer)) return answer.map((i) => q.letters[i]).join(", ");
    return q.letters[answer] + " (" + q.choices[answer] + ")";
  }

  function show(s) {
    const previous = state;
    state = s;
    const you = s.you;
    $("who").textContent = you.name + (you.team ? " · " + you.team : "") + " · " +
      fmt(you.points) + " point" + (you.points === 1 ? "" : "s");
    const key = s.phase + ":" + s.number + ":" + s.paused;
    const moved = key !== lastKey;
    lastKey = key;
    if (moved) draft = null;
    if (!previous || previous.number !== s.number || s.results) warn("");
    deadline = (s.phase === "question" && s.time_left !== null && s.time_left !== undefined && !s.paused)
      ? s.received + s.time_left * 1000 : null;
    tickClock();
    $("progress").textContent = s.results
      ? "The quiz is over" : "Question " + s.number + " of " + s.total;
    const focused = document.activeElement && document.activeElement.dataset
      ? document.activeElement.dataset.focus : undefined;
    $("answers").replaceChildren();
    $("reveal").replaceChildren(); $("reveal").hidden = true;
    $("results").replaceChildren(); $("results").hidden = true;
    const title = $("q-title");
    if (s.results) {
      title.textContent = "Your results";
      showResults(s);
    } else if (s.paused) {
      const fresh = s.number === 1 && s.phase === "question" && s.answer === null;
      title.textContent = fresh ? "You're in! Wait for your teacher to start."
        : "Wait for your teacher: the quiz is paused.";
    } else if (s.question) {
      title.textContent = promptWords(s.question);
      if (s.phase === "question" || s.phase === "locked") showAnswers(s);
      else showReveal(s);
    }
    if (!moved && focused) {
      const again = document.querySelector('[data-focus="' + focused + '"]');
      if (again && !again.disabled) again.focus();
    }
    if (moved) {
      if (s.paused) say(title.textContent);
      else if (s.phase === "question") say("Question " + s.number + ": " + promptWords(s.question));
      else if (s.phase === "locked") say("Answers are locked." + (s.answer !== null ? " Yours: " + answerWords(s.answer) + "." : " You did not answer."));
      else if (s.phase === "reveal") say(revealWords(s));
      else if (s.phase === "standings") say("You have " + fmt(you.points) + " points, place " + you.rank + " of " + you.players + ".");
      else if (s.results) say("The quiz is over. You got " + you.right + " of " + you.asked + " right.");
      if (!previous || previous.number !== s.number || previous.phase !== s.phase) title.focus();
    }
  }
  // A generated "says who, and when?" question comes as its codes: the quote, and after
  // the reveal who reported it; the page words them (as the projector's catalogue does).
  function promptWords(q) {
    return q.says_who ? "Who reported this, and when? “" + q.prompt + "”" : q.prompt;
  }
  function creditWords(c) { return c.publisher + " reported it in " + c.title + " (" + c.date + ")."; }
  function fmt(n) { return Number.isInteger(n) ? String(n) : n.toFixed(2).replace(/0+$/, ""); }
  function revealWords(s) {
    const r = s.reveal;
    const verdict = r.you_right === null ? "You did not answer." : r.you_right ? "You were right!" : "Not this time.";
    if (s.question.type === "match" && Array.isArray(r.right)) {
      return verdict + " The right pairs: " + pairWords(s.question, r.right, " goes with ").join("; ") + ".";
    }
    return verdict + " The answer: " + r.right_answer + ".";
  }
  // "row<joiner>B (text)" for each row of a match answer that names a shown item.
  function pairWords(q, answer, joiner) {
    return q.rows.map((row, i) => {
      const pick = answer[i];
      return pick === null || pick === undefined || !q.letters[pick] ? row + joiner + "nothing yet"
        : row + joiner + q.letters[pick] + " (" + q.choices[pick] + ")";
    });
  }
  function tickClock() {
    const clock = $("clock");
    if (deadline === null) { clock.textContent = ""; return; }
    const left = Math.max(0, Math.ceil((deadline - performance.now()) / 1000));
    clock.textContent = Math.floor(left / 60) + ":" + String(left % 60).padStart(2, "0");
  }
  setInterval(tickClock, 250);

  function open(s) { return s.phase === "question" && !s.paused; }

  function showAnswers(s) {
    const q = s.question;
    const box = $("answers");
    if (q.type === "choice" || q.type === "true_false") {
      const list = el("ul", { class: "choices", "aria-label": "Answers" });
      q.choices.forEach((text, i) => {
        const mine = s.answer === i;
        const b = el("button", { type: "button", class: "choice", "aria-pressed": String(mine), "data-focus": "choice-" + i });
        b.appendChild(badge(i, q.letters[i]));
        b.appendChild(letterText(q.letters[i], text));
        if (mine) b.appendChild(el("span", { class: "mine" }, "your answer"));
        b.disabled = !open(s);
        b.addEventListener("click", () => send({ type: "answer", question: s.number - 1, answer: i }));
        const li = el("li"); li.appendChild(b); list.appendChild(li);
      });
      box.appendChild(list);
    } else if (q.type === "order") {
      showOrder(s, box);
    } else if (q.type === "number") {
      showNumber(s, box);
    } else if (q.type === "match") {
      showMatch(s, box);
    } else {
      box.appendChild(el("p", { class: "big" }, "Answer this one out loud: this page cannot take it."));
    }
    if (s.phase === "locked") box.appendChild(el("p", { class: "big" }, "Answers are locked."));
  }

  function showOrder(s, box) {
    const q = s.question;
    if (draft === null) draft = Array.isArray(s.answer) ? s.answer.slice() : q.choices.map((_, i) => i);
    box.appendChild(el("p", {}, "Put these in order, first at the top, then send."));
    const list = el("ol", { class: "order", "aria-label": "Your order" });
    draft.forEach((choice, pos) => {
      const li = el("li");
      li.appendChild(el("span", { class: "pos" }, String(pos + 1) + "."));
      li.appendChild(badge(choice, q.letters[choice]));
      li.appendChild(letterText(q.letters[choice], q.choices[choice]));
      const up = el("button", { type: "button", "aria-label": "Move " + q.letters[choice] + " up" }, "▲");
      const down = el("button", { type: "button", "aria-label": "Move " + q.letters[choice] + " down" }, "▼");
      up.disabled = !open(s) || pos === 0;
      down.disabled = !open(s) || pos === draft.length - 1;
      up.addEventListener("click", () => move(pos, -1, "up"));
      down.addEventListener("click", () => move(pos, 1, "down"));
      const moves = el("span", { class: "moves" });
      moves.appendChild(up); moves.appendChild(down);
      li.appendChild(moves);
      list.appendChild(li);
    });
    box.appendChild(list);
    const sendButton = el("button", { type: "button", class: "primary", id: "send-order", "data-focus": "send-order" }, "Send this order");
    sendButton.disabled = !open(s);
    sendButton.addEventListener("click", () => send({ type: "answer", question: s.number - 1, answer: draft }));
    box.appendChild(sendButton);
    if (Array.isArray(s.answer)) box.appendChild(el("p", {}, "Sent: " + answerWords(s.answer)));
  }
  function move(pos, step, word) {
    const other = pos + step;
    const item = draft[pos];
    [draft[pos], draft[other]] = [draft[other], draft[pos]];
    say(state.question.letters[item] + " moved " + word + " to place " + (other + 1) + ".");
    show(state);
    const buttons = document.querySelectorAll(".order li")[other].querySelectorAll("button");
    const again = buttons[step < 0 ? 0 : 1];
    (again.disabled ? buttons[step < 0 ? 1 : 0] : again).focus();
  }

  // Match the pairs: the lettered right-hand items, then one labelled list per left-hand row.
  function showMatch(s, box) {
    const q = s.question;
    if (draft === null) draft = Array.isArray(s.answer) ? s.answer.slice() : q.rows.map(() => null);
    box.appendChild(el("p", { id: "match-how" }, "Pick the lettered item that goes with each row. Use each letter once, then send."));
    const items = el("ul", { class: "match-items", "aria-label": "Lettered items" });
    q.choices.forEach((text, i) => {
      const li = el("li");
      li.appendChild(badge(i, q.letters[i]));
      li.appendChild(el("span", { class: "text" }, q.letters[i] + ": " + text));
      items.appendChild(li);
    });
    box.appendChild(items);
    const rows = el("ol", { class: "match", "aria-label": "Rows to match" });
    q.rows.forEach((row, r) => {
      const li = el("li", { class: "field" });
      li.appendChild(el("label", { for: "match-" + r }, (r + 1) + ". " + row));
      const select = el("select", { id: "match-" + r, "data-focus": "match-" + r, "aria-describedby": "match-how" });
      select.appendChild(el("option", { value: "" }, "Pick a letter"));
      q.choices.forEach((text, i) => select.appendChild(el("option", { value: String(i) }, q.letters[i] + ": " + text)));
      select.value = draft[r] === null || draft[r] === undefined ? "" : String(draft[r]);
      select.disabled = !open(s);
      select.addEventListener("change", () => {
        draft[r] = select.value === "" ? null : Number(select.value);
        warn("");
      });
      li.appendChild(select);
      rows.appendChild(li);
    });
    box.appendChild(rows);
    const sendButton = el("button", { type: "button", class: "primary", id: "send-match", "data-focus": "send-match" }, "Send these pairs");
    sendButton.disabled = !open(s);
    sendButton.addEventListener("click", () => sendMatch(s));
    box.appendChild(sendButton);
    if (Array.isArray(s.answer)) box.appendChild(el("p", {}, "Sent: " + answerWords(s.answer)));
  }
  function sendMatch(s) {
    const q = s.question;
    const empty = draft.findIndex((pick) => pick === null || pick === undefined);
    if (empty >= 0) {
      warn("Pick a letter for row " + (empty + 1) + " (" + q.rows[empty] + ") first.");
      $("match-" + empty).focus();
      return;
    }
    const twice = draft.findIndex((pick, r) => draft.indexOf(pick) !== r);
    if (twice >= 0) {
      const first = draft.indexOf(draft[twice]);
      warn("Letter " + q.letters[draft[twice]] + " is picked for rows " + (first + 1) + " and " +
        (twice + 1) + ": use each letter once.");
      $("match-" + twice).focus();
      return;
    }
    send({ type: "answer", question: s.number - 1, answer: draft.slice() });
  }

  function showNumber(s, box) {
    const q = s.question;
    const form = el("form", { class: "number", novalidate: "" });
    const field = el("p", { class: "field" });
    field.appendChild(el("label", { for: "number" }, "Your answer" + (q.unit ? " (" + q.unit + ")" : "")));
    const input = el("input", { id: "number", inputmode: "decimal", autocomplete: "off", "data-focus": "number" });
    if (s.answer !== null) input.value = String(s.answer);
    input.disabled = !open(s);
    field.appendChild(input);
    form.appendChild(field);
    const b = el("button", { type: "submit", class: "primary" }, "Send");
    b.disabled = !open(s);
    form.appendChild(b);
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      // As the terminal quiz reads it: "2,030" and "1 200" group thousands; a lone comma is a decimal point.
      let text = input.value.trim().replace(/\s/g, "");
      text = /^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(text) ? text.replace(/,/g, "") : text.replace(",", ".");
      const value = Number(text);
      if (!text || !Number.isFinite(value)) { warn("Type a number, for example 2030."); input.focus(); return; }
      send({ type: "answer", question: s.number - 1, answer: value });
    });
    box.appendChild(form);
  }

  function showReveal(s) {
    const r = s.reveal;
    const box = $("reveal");
    box.hidden = false;
    const cls = r.you_right ? "verdict right" : "verdict wrong";
    box.appendChild(el("p", { class: cls }, r.you_right === null ? "You did not answer." : r.you_right ? "✔ You were right!" : "✘ Not this time."));
    const q = s.question;
    if (q.type === "match" && Array.isArray(r.right)) {
      showRightPairs(s, box);
    } else if (q.type === "order" && Array.isArray(r.right)) {  // letters to compare with yours, then the words
      if (s.answer !== null) box.appendChild(el("p", {}, "Your answer: " + answerWords(s.answer)));
      box.appendChild(el("p", { class: "big" }, "The answer: " + answerWords(r.right)));
      const list = el("ol", { class: "right-order" });
      r.right.forEach((i) => list.appendChild(el("li", {}, q.letters[i] + ": " + q.choices[i])));
      box.appendChild(list);
    } else {
      if (s.answer !== null) box.appendChild(el("p", {}, "Your answer: " + answerWords(s.answer)));
      box.appendChild(el("p", { class: "big" }, "The answer: " + r.right_answer));
    }
    if (r.credit) box.appendChild(el("p", {}, creditWords(r.credit)));
    if (r.explanation) box.appendChild(el("p", {}, r.explanation));
    r.citations.forEach((c) => {
      box.appendChild(el("blockquote", {}, "“" + c.quote + "”"));
      const p = el("p", { class: "cite" });
      p.appendChild(el("cite", {}, c.source));
      p.appendChild(document.createTextNode((c.publisher ? " — " + c.publisher : "") + ", " + c.as_reported));
      box.appendChild(p);
    });
    if (s.phase === "standings") {
      box.appendChild(el("p", { class: "big" }, "You: " + fmt(s.you.points) + " points, place " + s.you.rank + " of " + s.you.players));
    }
  }

  // A match's reveal: each row with its right item, and whether the student's pick was it.
  function showRightPairs(s, box) {
    const q = s.question;
    const mine = Array.isArray(s.answer) ? s.answer : null;
    box.appendChild(el("p", { class: "big" }, "The right pairs:"));
    const list = el("ol", { class: "pairs" });
    q.rows.forEach((row, r) => {
      const good = s.reveal.right[r];
      const li = el("li");
      li.appendChild(el("span", { class: "row" }, row));
      const right = el("span", { class: "right" });
      right.appendChild(badge(good, q.letters[good]));
      right.appendChild(el("span", { class: "text" }, q.letters[good] + ": " + q.choices[good]));
      li.appendChild(right);
      if (mine) {
        const hit = mine[r] === good;
        li.appendChild(el("span", { class: hit ? "yours hit" : "yours miss" },
          hit ? "✔ you picked " + q.letters[mine[r]] : "✘ you picked " + q.letters[mine[r]]));
      }
      list.appendChild(li);
    });
    box.appendChild(list);
  }

  function showResults(s) {
    const you = s.you;
    const box = $("results");
    box.hidden = false;
    box.appendChild(el("p", { class: "big" }, you.right + " of " + you.asked + " right · " + fmt(you.points) + " points · place " + you.rank + " of " + you.players));
    if (you.team) box.appendChild(el("p", {}, "Your team " + you.team + " came " + you.team_rank + " of " + you.teams + "."));
    box.appendChild(el("h3", {}, "Question by question"));
    const list = el("ol", { class: "results" });
    s.results.forEach((row) => {
      const li = el("li");
      li.appendChild(el("p", { class: "prompt" }, promptWords(row)));
      const mark = row.answered ? (row.right ? "✔ right: " : "✘ wrong: ") + row.yours : "no answer";
      li.appendChild(el("p", {}, "Yours: " + mark));
      li.appendChild(el("p", {}, "The answer: " + row.right_answer));
      list.appendChild(li);
    });
    box.appendChild(list);
  }

  connect();
})();
