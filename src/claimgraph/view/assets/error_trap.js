window.__cgErrors = [];
window.addEventListener("error", function (event) {
  window.__cgErrors.push(String(event.message || event.type) + " @" + (event.lineno || "?"));
});
