// Small behaviours that the Content-Security-Policy (script-src 'self') does not allow inline.

// A select with data-copy-to="ID" copies its value into the input with that id
// (the region picker fills the desa/kelurahan code field).
document.addEventListener('change', function (event) {
  var target = event.target;
  var copyTo = target && target.getAttribute && target.getAttribute('data-copy-to');
  if (copyTo) {
    var input = document.getElementById(copyTo);
    if (input) {
      input.value = target.value;
    }
  }
});
