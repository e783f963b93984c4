// Repères works without JavaScript; this file only adds small comforts.
(function () {
  "use strict";
  // Move focus to the first error of a submitted form, so keyboard and screen-reader users land on it.
  var firstError = document.querySelector(".field--error input, .field--error select, .field--error textarea");
  if (firstError) { firstError.focus(); }
})();
