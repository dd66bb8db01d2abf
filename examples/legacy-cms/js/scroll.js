/*
 * The template's 滚动公告: the notice ticker moves up one line every three
 * seconds and stops while the pointer is over it. Timers, scrollTop and
 * element event handler properties, as written in the IE 6 days.
 */
var scrollTimer = null;

// eslint-disable-next-line @typescript-eslint/no-unused-vars -- a global, called from common.js's window.onload
function scrollNotice(id) {
  var box = document.getElementById(id);
  if (!box) return;
  var list = box.getElementsByTagName('ul')[0];
  var lineHeight = 24;
  // A copy of the list follows the original, so the ticker wraps round without a jump.
  list.innerHTML += list.innerHTML;
  var total = list.getElementsByTagName('li').length / 2;
  function step() {
    box.scrollTop += lineHeight;
    if (box.scrollTop >= total * lineHeight) box.scrollTop = 0;
  }
  scrollTimer = setInterval(step, 3000);
  box.onmouseover = function () {
    clearInterval(scrollTimer);
  };
  box.onmouseout = function () {
    scrollTimer = setInterval(step, 3000);
  };
}
