// Chronicle web UI: progressive enhancement only; every page works without this file.
"use strict";
document.addEventListener("DOMContentLoaded", function () {
  // Filter forms: submit when a select changes, so that keyboard users still use the button.
  document.querySelectorAll("form.filters select[data-autosubmit]").forEach(function (select) {
    select.addEventListener("change", function () { select.form.requestSubmit(); });
  });
});
