// A certificate's QR code opens /verify#TOKEN. Browsers never send the part after '#' to a server, so this moves
// it into the query, where the server can check it. Without script, a person types the code into the form instead.
(function () {
  var token = window.location.hash.slice(1);
  if (token && window.location.search.indexOf("code=") < 0) {
    window.location.replace("/verify?code=" + encodeURIComponent(decodeURIComponent(token)));
  }
})();
