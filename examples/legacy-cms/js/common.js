/*
 * common.js of the legacy CMS template: global functions, prototype
 * extensions and a window.onload handler, the way such templates were
 * written. Kept as it is on purpose; the kit must work next to it.
 */
/* global scrollNotice -- defined by scroll.js, which loads later */

// Enumerable additions to built-in prototypes, as older utility scripts made them.
Array.prototype.contains = function (item) {
  for (var i = 0; i < this.length; i++) if (this[i] === item) return true;
  return false;
};
Array.prototype.remove = function (item) {
  for (var i = 0; i < this.length; i++) {
    if (this[i] === item) {
      this.splice(i, 1);
      return true;
    }
  }
  return false;
};
String.prototype.trimAll = function () {
  return this.replace(/\s+/g, '');
};

var weekDays = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'];

/** 今天是2024年3月15日 星期五 */
function showToday(id) {
  var el = document.getElementById(id);
  if (!el) return;
  var d = new Date();
  el.innerHTML = '今天是' + d.getFullYear() + '年' + (d.getMonth() + 1) + '月' + d.getDate() + '日 ' + weekDays[d.getDay()];
}

/** Opens every link to another site in a new window, as the template always did. */
function markExternalLinks() {
  var links = document.getElementsByTagName('a');
  for (var i = 0; i < links.length; i++) {
    var a = links[i];
    if (a.hostname && a.hostname !== location.hostname && a.className.indexOf('no-blank') === -1) {
      a.target = '_blank';
    }
  }
}

/** 加入收藏: browsers no longer allow a script to add one, so the template explains the shortcut. */
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- called from an onclick attribute in index.html
function addFavorite() {
  alert('请使用 Ctrl+D 将本页加入收藏夹');
  return false;
}

window.onload = function () {
  showToday('today');
  markExternalLinks();
  if (typeof scrollNotice === 'function') scrollNotice('scrollBox');
};
