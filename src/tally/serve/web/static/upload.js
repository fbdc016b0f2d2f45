// Upload page: sends the file to POST /api/documents with the token as a Bearer header.
(function () {
  "use strict";
  var form = document.getElementById("upload-form");
  var out = document.getElementById("upload-result");
  if (!form) return;
  form.addEventListener("submit", function (ev) {
    ev.preventDefault();
    var data = new FormData();
    data.append("file", form.file.files[0]);
    if (form.published.value) data.append("published", form.published.value);
    out.textContent = "Uploading…";
    fetch("/api/documents", {
      method: "POST", body: data,
      headers: { Authorization: "Bearer " + form.token.value }
    }).then(function (r) {
      return r.json().then(function (body) { return { ok: r.ok, body: body }; });
    }).then(function (res) {
      out.replaceChildren();
      if (!res.ok) { out.textContent = "Error: " + res.body.error.message; return; }
      out.appendChild(document.createTextNode(res.body.status + ": " + res.body.facts + " facts · "));
      var a = document.createElement("a");
      a.href = "/documents/" + encodeURIComponent(res.body.name);
      a.textContent = "open " + res.body.name;
      out.appendChild(a);
    }).catch(function (e) { out.textContent = "Error: " + e; });
  });
})();
