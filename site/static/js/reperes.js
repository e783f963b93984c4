// Repères works without JavaScript; this file only adds small comforts.
(function () {
  "use strict";
  // Move focus to the first error of a submitted form, so keyboard and screen-reader users land on it.
  var firstError = document.querySelector(".field--error input, .field--error select, .field--error textarea");
  if (firstError) { firstError.focus(); }

  // A page opened on a fragment whose target takes focus (tabindex="-1": the feedback after a
  // decision) gives it the focus, so that a screen reader reads it next. Browsers scroll to it
  // without JavaScript.
  if (window.location.hash) {
    var target = document.getElementById(window.location.hash.slice(1));
    if (target && target.getAttribute("tabindex") === "-1") { target.focus(); }
  }

  // Quizzes: what stands before submitting (the server's summary) takes the focus.
  var check = document.getElementById("quiz-check");
  if (check) { check.focus(); }

  // Quizzes: save each answer as soon as it changes (the "save" button does the same without
  // JS). The server answers with the count of answers saved and, for ordering questions, what
  // is wrong with the ranks: a rank given twice is said at once, a missing one only where the
  // page already said so (the learner may still be choosing).
  var quiz = document.querySelector("form[data-autosave]");
  if (quiz && window.fetch && window.FormData) {
    var status = document.getElementById("quiz-progress");
    var pending = null;
    var showProblems = function (problems, conflicts) {
      var questions = quiz.querySelectorAll("fieldset[data-question]");
      Array.prototype.forEach.call(questions, function (fieldset) {
        var id = fieldset.getAttribute("data-question");
        var slot = fieldset.querySelector("[data-problem]");
        if (!slot) { return; }
        var shown = slot.textContent.trim() !== "";
        var text = problems[id] && (shown || conflicts.indexOf(id) !== -1) ? problems[id] : "";
        if (slot.textContent !== text) { slot.textContent = text; }
        fieldset.classList.toggle("question--error", text !== "");
        if (text) { fieldset.setAttribute("aria-describedby", slot.id); }
        else { fieldset.removeAttribute("aria-describedby"); }
      });
    };
    quiz.addEventListener("change", function () {
      window.clearTimeout(pending);
      pending = window.setTimeout(function () {
        var data = new FormData(quiz);
        data.set("action", "save");
        fetch(window.location.pathname, {
          method: "POST", body: data, credentials: "same-origin",
          headers: { "X-Requested-With": "fetch", "Accept": "application/json" }
        }).then(function (response) {
          return response.json().then(function (answer) {
            if (status && answer.status) { status.textContent = answer.status; }
            if (response.ok) { showProblems(answer.problems || {}, answer.conflicts || []); }
          });
        }).catch(function () { /* offline: the "save" button still works */ });
      }, 300);
    });
  }

  // Background work in progress (exports): look again every few seconds.
  // The seconds come from the attribute. The check-in screen (data-live-url) is refreshed by
  // js/room.js, without reloading.
  var refresh = document.querySelector("[data-refresh]:not([data-live-url])");
  if (refresh) {
    var seconds = parseInt(refresh.getAttribute("data-refresh"), 10) || 3;
    window.setTimeout(function () { window.location.reload(); }, seconds * 1000);
  }
})();
