// Chronicle web UI: progressive enhancement only; every page works without this file.
"use strict";
document.addEventListener("DOMContentLoaded", function () {
  // Filter forms: submit when a select changes, so that keyboard users still use the button.
  document.querySelectorAll("form.filters select[data-autosubmit]").forEach(function (select) {
    select.addEventListener("change", function () { select.form.requestSubmit(); });
  });
  // Ingest page: read a chosen file into the text area so that it can be reviewed before sending.
  var file = document.getElementById("ingest-file");
  var text = document.getElementById("ingest-text");
  if (file && text) {
    file.addEventListener("change", function () {
      var chosen = file.files && file.files[0];
      if (!chosen) { return; }
      chosen.text().then(function (content) { text.value = content; });
    });
  }
});
