// The API documentation page: Swagger UI over the app's own OpenAPI description (no
// inline script: the Content-Security-Policy forbids them).
(function () {
  "use strict";
  document.addEventListener("DOMContentLoaded", function () {
    var node = document.getElementById("swagger-ui");
    if (!node || !window.SwaggerUIBundle) { return; }
    window.SwaggerUIBundle({
      url: node.getAttribute("data-openapi"),
      dom_id: "#swagger-ui",
      deepLinking: true,
      validatorUrl: null,
      requestInterceptor: function (req) {
        var meta = document.body.getAttribute("hx-headers");
        try { req.headers["X-CSRF-Token"] = JSON.parse(meta)["X-CSRF-Token"]; } catch (e) {}
        return req;
      }
    });
  });
})();
