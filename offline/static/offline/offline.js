// Repères without network: the service worker, the install button, the decision aid from its
// rules kept on the phone, the modules a learner downloads, and sending what was done offline
// when the network returns. Without service workers (or without JavaScript) nothing here runs
// and every page works online as before.
(function () {
  "use strict";
  if (!("serviceWorker" in navigator) || !window.indexedDB || !window.fetch) { return; }
  var Store = window.ReperesStore;
  var SEND_URL = "/hors-ligne/envoi/";

  navigator.serviceWorker.register("/sw.js").catch(function () { /* online as before */ });

  function escapeText(text) {
    var div = document.createElement("div");
    div.textContent = text;
    return div.innerHTML;
  }
  function format(text, values) {
    return text.replace(/%\((\w+)\)s/g, function (_m, name) { return values[name]; });
  }

  // --- Install ------------------------------------------------------------------------------
  var installPrompt = null;
  window.addEventListener("beforeinstallprompt", function (event) {
    event.preventDefault();
    installPrompt = event;
    document.querySelectorAll("[data-offline-install]").forEach(function (slot) {
      slot.hidden = false;
      slot.querySelector("button").addEventListener("click", function () {
        if (!installPrompt) { return; }
        installPrompt.prompt();
        installPrompt.userChoice.then(function () { slot.hidden = true; installPrompt = null; });
      });
    });
  });

  // --- Sending what waits -------------------------------------------------------------------
  var sending = null;
  function send() {
    if (sending) { return sending; }
    sending = Store.queued().then(function (items) {
      if (!items.length) { return null; }
      return fetch(SEND_URL, { credentials: "same-origin", headers: { "Accept": "application/json" } })
        .then(function (response) { return response.ok && !response.redirected ? response.json() : null; })
        .then(function (who) {
          if (!who) { return null; }
          var mine = items.filter(function (item) { return item.user === who.user; });
          if (!mine.length) { return null; }
          return fetch(SEND_URL, {
            method: "POST", credentials: "same-origin",
            headers: { "Content-Type": "application/json", "Accept": "application/json",
                       "X-CSRFToken": who.csrf },
            body: JSON.stringify({ user: who.user, items: mine })
          }).then(function (response) {
            return response.ok ? response.json() : null;
          }).then(function (result) {
            if (!result) { return null; }
            return Promise.all(result.done.map(function (key) { return Store.remove("queue", key); }))
              .then(function () { return result; });
          });
        });
    }).catch(function () { return null; }).then(function (result) {
      sending = null;
      return result;
    });
    return sending;
  }

  function enqueue(item) {
    return Store.user().then(function (user) {
      item.key = Store.newKey();
      item.user = user;
      item.at = Date.now() + Math.random();
      return Store.put("queue", item);
    });
  }

  // Send, and try again a few times while something waits (the network comes back by steps).
  function sendSoon(tries) {
    return send().then(function (result) {
      if (result) { return result; }
      return Store.queued().then(function (items) {
        if (!items.length || tries <= 0 || !navigator.onLine) { return null; }
        return new Promise(function (resolve) { window.setTimeout(resolve, 1500); })
          .then(function () { return sendSoon(tries - 1); });
      });
    });
  }

  if (navigator.onLine) { sendSoon(3); }
  window.addEventListener("online", function () {
    sendSoon(8).then(function (result) {
      // On the offline page standing in for a module's page: show the server's page now.
      if (result && document.querySelector("[data-offline-player]:not([hidden])")) {
        window.location.reload();
      }
    });
  });

  // Logging out clears the phone (Clear-Site-Data): send what waits first.
  document.querySelectorAll("form[action$='/compte/logout/']").forEach(function (form) {
    form.addEventListener("submit", function (event) {
      if (form.dataset.sent) { return; }
      event.preventDefault();
      form.dataset.sent = "1";
      var timeout = new Promise(function (resolve) { window.setTimeout(resolve, 4000); });
      Promise.race([send(), timeout]).then(function () { form.submit(); });
    });
  });

  // --- The decision aid without network -----------------------------------------------------
  var decisionForm = document.querySelector("form.decision-form");
  if (decisionForm) {
    decisionForm.addEventListener("submit", function (event) {
      if (navigator.onLine) { return; }  // online, the server answers, as without JavaScript
      event.preventDefault();
      fetch("/hors-ligne/regles.json").then(function (response) { return response.json(); })
        .then(function (rules) { showOrientation(decisionForm, rules); });
    });
  }

  function showOrientation(form, rules) {
    var ticked = Array.prototype.map.call(form.querySelectorAll("input[type=checkbox]:checked"),
                                          function (box) { return box.value; });
    var old = document.getElementById("orientation");
    if (old) { old.remove(); }
    var section = document.createElement("section");
    section.className = "orientations";
    section.id = "orientation";
    section.tabIndex = -1;
    section.setAttribute("aria-labelledby", "orientation-title");
    var labels = rules.labels, html = "";
    var orientations = [];
    try { orientations = window.ReperesDecision.orient(ticked, rules); }
    catch (error) {
      section.removeAttribute("aria-labelledby");
      section.innerHTML = '<div class="form-errors" role="alert"><p>' + escapeText(labels.empty) + "</p></div>";
      form.parentNode.insertBefore(section, form);
      section.focus();
      return;
    }
    var levels = {};
    rules.levels.forEach(function (level) { levels[level.key] = level.label; });
    html += '<h2 id="orientation-title" class="visually-hidden">' + escapeText(labels.title) + "</h2>";
    html += '<p class="muted">' + escapeText(labels.offline) + "</p>";
    var previous = null;
    orientations.forEach(function (rule, index) {
      if (rule.level !== previous) {
        html += '<p class="orientation__level orientation__level--' + rule.level + '">' +
          escapeText(index === 0 ? labels.first : labels.then) + ' <span lang="fr">' +
          escapeText(levels[rule.level]) + "</span></p>";
        previous = rule.level;
      }
      html += '<div class="orientation orientation--' + rule.level + '" data-rule="' + rule.key + '">';
      html += '<h3 lang="fr">' + escapeText(rule.title) + "</h3>";
      html += '<ol lang="fr">' + rule.actions.map(function (a) { return "<li>" + a + "</li>"; }).join("") + "</ol>";
      var calls = rule.contacts.filter(function (slug) { return rules.contacts[slug]; });
      if (calls.length) {
        html += "<h4>" + escapeText(labels.call) + '</h4><ul class="contact-calls">' +
          calls.map(function (slug) { return rules.contacts[slug]; }).join("") + "</ul>";
      }
      if (rule.lookup === "cmp" && rules.directory_url) {
        html += '<p><a href="' + rules.directory_url + '?category=cmp">' + escapeText(labels.cmp) +
          "</a> " + escapeText(labels.cmp_note) + "</p>";
      }
      html += "</div>";
    });
    if (rules.directory_url) {
      html += '<p><a href="' + rules.directory_url + '">' + escapeText(labels.directory) + "</a></p>";
    }
    html += '<p><a href="' + window.location.pathname + '">' + escapeText(labels.again) + "</a></p>";
    section.innerHTML = html;
    form.parentNode.insertBefore(section, form);
    section.focus();
  }

  // --- Downloading a module -----------------------------------------------------------------
  document.querySelectorAll("[data-offline-module]").forEach(function (slot) {
    var button = slot.querySelector("button");
    var status = slot.querySelector("[role=status]");
    slot.hidden = false;
    button.addEventListener("click", function () {
      button.disabled = true;
      status.textContent = slot.getAttribute("data-working");
      fetch("/hors-ligne/module/" + slot.getAttribute("data-offline-module") + "/", {
        credentials: "same-origin", headers: { "Accept": "application/json" }
      }).then(function (response) {
        return response.json().then(function (data) {
          if (!response.ok) { throw new Error(data.error || ""); }
          data.id = data.user + ":" + data.module.id;
          return Store.setUser(data.user).then(function () { return Store.put("modules", data); });
        });
      }).then(function () {
        status.textContent = slot.getAttribute("data-done");
      }).catch(function (error) {
        status.textContent = error.message || slot.getAttribute("data-failed");
      }).then(function () { button.disabled = false; });
    });
  });

  // --- A downloaded module's step page, online: the phone's copy learns what the server saw ---
  var player = document.querySelector("[data-offline-player]");
  if (!player) {
    var online = /^(.*\/)etape\/(\d+)\/$/.exec(window.location.pathname);
    if (online) {
      Store.user().then(function (user) {
        return Store.all("modules").then(function (modules) {
          var module = modules.filter(function (m) { return m.user === user && m.module.url === online[1]; })[0];
          if (!module) { return null; }
          var number = parseInt(online[2], 10), step = module.steps[number - 1];
          var chosen = document.querySelector(".check--chosen input[name=choice]");
          if (!step || (step.kind === "decision" && !chosen)) { return null; }
          if (chosen) { module.progress.decisions[number] = chosen.value; }
          if (module.progress.seen.indexOf(number) === -1) { module.progress.seen.push(number); }
          module.progress.current = number;
          return save(module);
        });
      });
    }
    return;
  }
  var labels = JSON.parse(document.getElementById("offline-labels").textContent);
  var path = window.location.pathname;

  Store.user().then(function (user) {
    return Store.all("modules").then(function (modules) {
      return modules.filter(function (m) { return m.user === user && user; });
    });
  }).then(function (modules) {
    var module = modules.filter(function (m) { return path.indexOf(m.module.url) === 0; })[0];
    if (path === "/hors-ligne/") { listModules(modules); return; }
    if (!module) {
      document.querySelector("[data-offline-unavailable]").hidden = false;
      listModules(modules);
      return;
    }
    document.querySelector("[data-offline-home]").hidden = true;
    player.hidden = false;
    play(module, path.slice(module.module.url.length));
  });

  function listModules(modules) {
    if (!modules.length) { return; }
    var list = document.querySelector("[data-offline-module-list]");
    list.innerHTML = modules.map(function (m) {
      return '<li><a href="' + m.module.url + '">' + escapeText(m.module.title) + "</a></li>";
    }).join("");
    document.querySelector("[data-offline-modules]").hidden = false;
  }

  function save(module) { return Store.put("modules", module); }

  function play(module, rest) {
    var body = player.querySelector("[data-offline-player-body]");
    var info = module.module, url = info.url;
    var step = /^etape\/(\d+)\/$/.exec(rest);
    var header = '<p class="muted"><a href="' + url + '">' + escapeText(info.title) + "</a></p>";
    if (step) {
      var number = parseInt(step[1], 10);
      var data = module.steps[number - 1];
      if (!data) { body.innerHTML = header; return; }
      showStep(module, data, number, body, header);
    } else if (rest === "quiz/") {
      showQuiz(module, body, header);
    } else {
      var next = module.progress.current || 1;
      body.innerHTML = '<h1>' + escapeText(info.title) + '</h1><p class="actions"><a class="button" href="' +
        url + "etape/" + next + '/">' + escapeText(next > 1 ? labels.resume : labels.start) + "</a></p>";
    }
    document.title = info.title + " · Repères";
  }

  function showStep(module, data, number, body, header) {
    var info = module.module, url = info.url, total = info.steps;
    var previous = number > 1 ? url + "etape/" + (number - 1) + "/" : url;
    var next = number < total ? url + "etape/" + (number + 1) + "/" : url + (module.quiz ? "quiz/" : "");
    var nextLabel = number < total ? labels.next : (module.quiz ? labels.to_quiz : labels.finish);
    body.innerHTML = '<div class="module-step">' + header + '<p class="step-counter">' +
      escapeText(format(labels.step, { n: number, total: total })) + '</p><progress max="' + total +
      '" value="' + number + '" aria-label="' + escapeText(labels.progress) + '">' + number + "/" + total +
      "</progress>" + data.html + '<nav class="step-nav" aria-label="' + escapeText(labels.steps) +
      '"><a href="' + previous + '">' + escapeText(labels.previous) + '</a> <a class="button" data-next href="' +
      next + '">' + escapeText(nextLabel) + "</a></nav></div>";
    var nextLink = body.querySelector("[data-next]");
    module.progress.current = number;
    var seen = module.progress.seen;
    if (data.kind !== "decision") {
      if (seen.indexOf(number) === -1) {
        seen.push(number);
        enqueue({ kind: "step", module: info.id, number: number });
      }
      save(module);
      return;
    }
    var form = body.querySelector("form.decision");
    var csrf = form.querySelector("[name=csrfmiddlewaretoken]");
    if (csrf) { csrf.remove(); }
    var showChoice = function (choice, focus) {
      var old = body.querySelector("#feedback");
      if (old) { old.remove(); }
      form.insertAdjacentHTML("afterend", data.choices[choice]);
      nextLink.hidden = false;
      if (focus) { body.querySelector("#feedback").focus(); }
    };
    var chosen = module.progress.decisions[number];
    nextLink.hidden = !chosen;
    if (chosen && data.choices[chosen]) {
      var radio = form.querySelector("#choice-" + chosen);
      if (radio) { radio.checked = true; }
      showChoice(chosen, false);
    }
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var picked = form.querySelector("input[name=choice]:checked");
      if (!picked || !data.choices[picked.value]) {
        var old = body.querySelector("#feedback");
        if (old) { old.remove(); }
        form.insertAdjacentHTML("afterend", '<p class="error" id="feedback" tabindex="-1" role="alert">' +
          escapeText(labels.choose) + "</p>");
        body.querySelector("#feedback").focus();
        return;
      }
      module.progress.decisions[number] = picked.value;
      if (seen.indexOf(number) === -1) { seen.push(number); }
      save(module);
      enqueue({ kind: "decision", module: info.id, number: number, choice: picked.value });
      showChoice(picked.value, true);
    });
    save(module);
  }

  function showQuiz(module, body, header) {
    var quiz = module.quiz, info = module.module;
    if (!quiz) { body.innerHTML = header; return; }
    var seen = module.progress.seen;
    var unseen = [];
    for (var n = 1; n <= info.steps; n += 1) { if (seen.indexOf(n) === -1) { unseen.push(n); } }
    if (quiz.closed || unseen.length) {
      body.innerHTML = header + "<h1>" + escapeText(quiz.title) + '</h1><p class="message message--info">' +
        escapeText(quiz.closed || labels.steps_first) + "</p>" + (unseen.length ?
        '<p><a class="button" href="' + info.url + "etape/" + unseen[0] + '/">' + escapeText(labels.resume) + "</a></p>" : "");
      return;
    }
    if (quiz.submitted) {
      body.innerHTML = header + "<h1>" + escapeText(quiz.title) + '</h1><p class="message message--success" role="status">' +
        escapeText(labels.submitted) + "</p>";
      return;
    }
    body.innerHTML = header + "<h1>" + escapeText(quiz.title) + "</h1>" + quiz.html;
    var form = body.querySelector("form.quiz-form");
    form.removeAttribute("data-autosave");
    var csrf = form.querySelector("[name=csrfmiddlewaretoken]");
    if (csrf) { csrf.remove(); }
    var status = body.querySelector("#quiz-progress");
    if (status && quiz.answers) { status.textContent = labels.queued; }
    (quiz.answers || []).forEach(function (pair) {
      form.querySelectorAll("[name='" + pair[0] + "']").forEach(function (field) {
        if (field.type === "radio" || field.type === "checkbox") {
          if (field.value === pair[1]) { field.checked = true; }
        } else if (field.tagName === "SELECT") { field.value = pair[1]; }
      });
    });
    var pairs = function () {
      var result = [];
      new FormData(form).forEach(function (value, name) {
        if (name !== "attempt" && name !== "action") { result.push([name, String(value)]); }
      });
      return result;
    };
    // One change after the other: the queue keeps the latest answers, whatever the timing.
    var chain = Promise.resolve();
    var keep = function () {
      chain = chain.then(keepNow, keepNow);
      return chain;
    };
    var keepNow = function () {
      quiz.answers = pairs();
      return Store.queued().then(function (items) {
        // Only the latest answers of this attempt need to go: the older ones are replaced.
        return Promise.all(items.filter(function (item) {
          return item.kind === "answers" && item.attempt === quiz.attempt;
        }).map(function (item) { return Store.remove("queue", item.key); }));
      }).then(function () {
        return enqueue({ kind: "answers", module: info.id, attempt: quiz.attempt, data: quiz.answers });
      }).then(function () { return save(module); }).then(function () {
        if (status) { status.textContent = labels.queued; }
      });
    };
    form.addEventListener("change", keep);
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var action = event.submitter ? event.submitter.value : "save";
      keep().then(function () {
        if (action === "save") { return null; }
        quiz.submitted = true;
        return enqueue({ kind: "submit", module: info.id, attempt: quiz.attempt })
          .then(function () { return save(module); })
          .then(function () { showQuiz(module, body, header); });
      });
    });
  }
})();
