// The trainer's screens in the room. Both pages work without JavaScript (each button is a
// form's submit, "Rafraîchir" reloads the check-in screen); this file only spares the reloads.
(function () {
  "use strict";
  if (!window.fetch || !window.FormData) { return; }

  function csrfToken(form) {
    var input = form.querySelector("input[name='csrfmiddlewaretoken']");
    return input ? input.value : "";
  }

  function post(form, data) {
    return fetch(form.action, {
      method: "POST", body: data, credentials: "same-origin",
      headers: { "Accept": "application/json", "X-CSRFToken": csrfToken(form) }
    });
  }

  // --- Attendance: mark one person, or everyone not marked, without leaving the page -------
  var sheet = document.querySelector("[data-attendance]");
  if (sheet) {
    var status = sheet.querySelector("[data-attendance-status]");
    var busy = false;
    var lastButton = null;  // for browsers without SubmitEvent.submitter
    sheet.addEventListener("click", function (event) {
      lastButton = event.target.closest ? event.target.closest("button[type='submit']") : null;
    });

    var say = function (text) {
      if (!status) { return; }
      // Emptied first so that the same sentence twice is read twice.
      status.textContent = "";
      window.setTimeout(function () { status.textContent = text; }, 50);
    };

    var showCounts = function (counts) {
      Array.prototype.forEach.call(sheet.querySelectorAll("[data-count]"), function (node) {
        var value = counts[node.getAttribute("data-count")];
        if (value !== undefined && node.textContent !== String(value)) { node.textContent = value; }
      });
      var all = sheet.querySelector("[data-mark-all]");
      if (all && counts.unmarked === 0) { all.hidden = true; }
    };

    var showMark = function (row, value) {
      Array.prototype.forEach.call(row.querySelectorAll("button[name='status']"), function (button) {
        button.setAttribute("aria-pressed", button.value === value ? "true" : "false");
      });
      // Marked by the trainer now: no longer "par QR code à …".
      var how = row.querySelector("[data-how]");
      if (how) { how.textContent = ""; }
      showError(row, "");
    };

    var showError = function (row, text) {
      var error = row.querySelector("[data-error]");
      if (!text) {
        if (error) { error.parentNode.removeChild(error); }
        return;
      }
      if (!error) {
        error = document.createElement("p");
        error.className = "attendance__error";
        error.setAttribute("role", "alert");
        error.setAttribute("data-error", "");
        row.appendChild(error);
      }
      error.textContent = text;
    };

    // Without the page's answer (offline, a server error, a correction to confirm first),
    // the form is posted as a page, as it would be without JavaScript.
    var submitAsPage = function (form, name, value) {
      if (name) {
        var input = document.createElement("input");
        input.type = "hidden";
        input.name = name;
        input.value = value;
        form.appendChild(input);
      }
      HTMLFormElement.prototype.submit.call(form);
    };

    sheet.addEventListener("submit", function (event) {
      var form = event.target;
      var one = form.hasAttribute("data-mark");
      if (!one && !form.hasAttribute("data-mark-all")) { return; }
      event.preventDefault();
      if (busy) { return; }
      var button = event.submitter || (lastButton && lastButton.form === form ? lastButton : null);
      var data = new FormData(form);
      if (one) {
        if (!button || !button.value) { submitAsPage(form); return; }
        data.set("status", button.value);
      }
      var row = one ? form.closest("[data-registration]") : null;
      busy = true;
      sheet.setAttribute("aria-busy", "true");
      post(form, data).then(function (response) {
        var json = (response.headers.get("Content-Type") || "").indexOf("application/json") === 0;
        if (!json) { throw new Error("not JSON"); }
        return response.json().then(function (answer) {
          if (response.status === 409 && answer.confirm) {
            submitAsPage(form, "status", button.value);
            return;
          }
          if (!response.ok) {
            if (row) { showError(row, answer.error || ""); } else { say(answer.error || ""); }
            return;
          }
          if (one) {
            showMark(row, answer.status);
          } else {
            answer.marked.forEach(function (id) {
              var marked = sheet.querySelector("[data-registration='" + id + "']");
              if (marked) { showMark(marked, answer.status); }
            });
            // The button is gone once everyone is marked: the focus goes to the counts.
            var title = sheet.querySelector("[data-count='summary']");
            if (title && answer.counts.unmarked === 0) { title.focus(); }
          }
          showCounts(answer.counts);
          say(answer.message);
        });
      }).catch(function () {
        submitAsPage(form, one ? "status" : "", one ? button.value : "");
      }).then(function () {
        busy = false;
        sheet.removeAttribute("aria-busy");
      });
    });
  }

  // --- The check-in screen: who checked in, and the next minute's code, without reloading ---
  var screen = document.querySelector("[data-checkin-screen]");
  if (screen) {
    var liveUrl = screen.getAttribute("data-live-url");
    var windowNumber = screen.getAttribute("data-window");
    var seconds = parseInt(screen.getAttribute("data-refresh"), 10) || 60;
    // Should the list stop answering, the page reloads when its code expires, as before.
    var reloadAt = Date.now() + (seconds + 10) * 1000;
    var POLL_MS = 4000;
    var timer = null;
    var shownPeople = null;  // what the list shows, to redraw it only when it changed

    var render = function (answer) {
      var summary = screen.querySelector("[data-summary]");
      if (summary && summary.textContent !== answer.summary) { summary.textContent = answer.summary; }
      var list = screen.querySelector("[data-people]");
      var people = JSON.stringify(answer.people);
      if (list && people !== shownPeople) {
        shownPeople = people;
        var items = document.createDocumentFragment();
        answer.people.forEach(function (person) {
          var item = document.createElement("li");
          var name = document.createElement("span");
          name.className = "checkin-list__name";
          name.textContent = person.name;
          var when = document.createElement("span");
          when.className = "checkin-list__when";
          when.textContent = person.time + " · " + person.how;
          item.appendChild(name);
          item.appendChild(document.createTextNode(" "));
          item.appendChild(when);
          items.appendChild(item);
        });
        // "Nobody yet" stays in the list, shown only when it is empty.
        var empty = list.querySelector("[data-empty]");
        Array.prototype.forEach.call(list.querySelectorAll("li:not([data-empty])"), function (li) {
          list.removeChild(li);
        });
        list.appendChild(items);
        if (empty) { empty.hidden = answer.people.length > 0; }
      }
      if (answer.qr_svg) {
        var qr = screen.querySelector("[data-qr]");
        if (qr) { qr.innerHTML = answer.qr_svg; }
        var code = screen.querySelector("[data-code]");
        if (code) { code.textContent = answer.code; }
      }
      windowNumber = String(answer.window);
      reloadAt = Date.now() + (answer.refresh_in + 10) * 1000;
    };

    var poll = function () {
      window.clearTimeout(timer);
      // Not shown (another tab, the screen off): asked again once shown (visibilitychange).
      if (document.hidden) { return; }
      fetch(liveUrl + "&fenetre=" + encodeURIComponent(windowNumber), {
        credentials: "same-origin", headers: { "Accept": "application/json" }
      }).then(function (response) {
        if (!response.ok) { throw new Error(String(response.status)); }
        return response.json();
      }).then(render).catch(function () {
        if (Date.now() > reloadAt) { window.location.reload(); }
      }).then(function () {
        timer = window.setTimeout(poll, POLL_MS);
      });
    };
    timer = window.setTimeout(poll, POLL_MS);
    document.addEventListener("visibilitychange", function () {
      if (!document.hidden) { poll(); }
    });

    // A projector: the code fills the screen.
    var full = screen.querySelector("[data-fullscreen]");
    if (full && document.fullscreenEnabled) {
      full.hidden = false;
      full.addEventListener("click", function () {
        if (document.fullscreenElement) { document.exitFullscreen(); }
        else { document.documentElement.requestFullscreen(); }
      });
    }
  }
})();
