// Repères works without JavaScript; this file only adds small comforts.
(function () {
  "use strict";
  // Move focus to the first error of a submitted form, so keyboard and screen-reader users land on it.
  var firstError = document.querySelector(".field--error input, .field--error select, .field--error textarea");
  if (firstError) { firstError.focus(); }

  // Quizzes: save each answer as soon as it changes (the "save" button does the same without JS).
  var quiz = document.querySelector("form[data-autosave]");
  if (quiz && window.fetch && window.FormData) {
    var status = document.getElementById("quiz-progress");
    var pending = null;
    quiz.addEventListener("change", function () {
      window.clearTimeout(pending);
      pending = window.setTimeout(function () {
        var data = new FormData(quiz);
        data.set("action", "save");
        fetch(window.location.pathname, {
          method: "POST", body: data, credentials: "same-origin",
          headers: { "X-Requested-With": "fetch" }
        }).then(function (response) {
          if (status && response.ok) { status.textContent = status.dataset.saved || "✓"; }
        });
      }, 300);
    });
  }

  // Background work in progress (exports): look again every few seconds.
  // The seconds come from the attribute (a QR code of attendance: every minute).
  var refresh = document.querySelector("[data-refresh]");
  if (refresh) {
    var seconds = parseInt(refresh.getAttribute("data-refresh"), 10) || 3;
    window.setTimeout(function () { window.location.reload(); }, seconds * 1000);
  }
})();
