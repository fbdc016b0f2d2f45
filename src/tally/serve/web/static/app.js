// Small progressive enhancements shared by every page.
(function () {
  "use strict";
  // Facet selects submit their form on change (the Apply button still works without JS).
  document.querySelectorAll("select[data-autosubmit]").forEach(function (sel) {
    sel.addEventListener("change", function () {
      if (sel.form) sel.form.requestSubmit ? sel.form.requestSubmit() : sel.form.submit();
    });
  });
  // Empty filter fields are left out of the URL.
  document.querySelectorAll("form.filters").forEach(function (form) {
    form.addEventListener("submit", function () {
      form.querySelectorAll("input, select").forEach(function (el) {
        if (el.name && !el.value) el.disabled = true;
      });
      setTimeout(function () {
        form.querySelectorAll("input, select").forEach(function (el) { el.disabled = false; });
      }, 0);
    });
  });
})();
