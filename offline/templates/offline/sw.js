// Repères' service worker (served at /sw.js by offline.views: its scope is the whole site).
//
// - The public copy: the guide's pages, the decision rules and the static files listed by
//   {{ bundle_url }}, fetched without cookies (as a visitor sees them) into one cache named
//   after the content version; a page loaded online that carries another version makes it
//   fetch the new copy, then drop the old one. Its size is bounded (MAX_BYTES).
// - Pages are asked to the network first; only when the network fails does the copy answer,
//   or the offline page (which draws a downloaded module's step or quiz from IndexedDB).
// - Nothing that belongs to a person is ever put in a cache: the copy holds only the public
//   list, fetched without cookies. A page loaded online says whose it is (X-Reperes-User):
//   the others' downloaded modules are deleted. Logging out clears everything
//   (Clear-Site-Data).
"use strict";
importScripts("{{ store_url }}");

var BUNDLE = "{{ bundle_url }}";
var OFFLINE_PAGE = "/hors-ligne/";
var PREFIX = "reperes-public-";
var MAX_BYTES = 6 * 1024 * 1024;
var refreshing = null;

function copies() {
  return caches.keys().then(function (keys) {
    return keys.filter(function (key) { return key.indexOf(PREFIX) === 0; });
  });
}

// The complete copy (the one holding its list) and its version, or null. Read with
// caches.match, which never creates a cache (caches.open would bring back one just deleted).
function current() {
  return copies().then(function (names) {
    return Promise.all(names.map(function (name) {
      return caches.match(BUNDLE, { cacheName: name })
        .then(function (response) { return response ? response.json() : null; })
        .then(function (data) { return data ? { name: name, version: data.version } : null; });
    }));
  }).then(function (found) { return found.filter(Boolean)[0] || null; });
}

function fetchCopy() {
  return fetch(BUNDLE, { credentials: "omit", cache: "no-store" }).then(function (response) {
    if (!response.ok) { throw new Error("list"); }
    return response.clone().json().then(function (data) {
      var name = PREFIX + data.version;
      return current().then(function (now) {
        if (now && now.name === name) { return name; }
        return caches.open(name).then(function (cache) {
          var urls = data.pages.concat(data.data, data.assets);
          var total = 0;
          return urls.reduce(function (chain, url) {
            return chain.then(function () {
              return fetch(url, { credentials: "omit", cache: "no-store" }).then(function (page) {
                if (!page.ok || page.redirected) { throw new Error(url); }
                return page.clone().arrayBuffer().then(function (body) {
                  total += body.byteLength;
                  if (total > MAX_BYTES) { throw new Error("too large"); }
                  return cache.put(url, page);
                });
              });
            });
          }, Promise.resolve()).then(function () {
            return cache.put(BUNDLE, response);  // complete: it becomes the copy
          }).then(function () {
            return copies().then(function (names) {
              return Promise.all(names.filter(function (other) { return other !== name; })
                .map(function (other) { return caches.delete(other); }));
            });
          }).then(function () { return name; }, function (error) {
            return caches.delete(name).then(function () { throw error; });
          });
        });
      });
    });
  });
}

function refresh() {
  if (!refreshing) {
    refreshing = fetchCopy().catch(function () { return null; }).then(function (name) {
      refreshing = null;
      return name;
    });
  }
  return refreshing;
}

self.addEventListener("install", function (event) {
  event.waitUntil(refresh().then(function () { return self.skipWaiting(); }));
});

self.addEventListener("activate", function (event) {
  event.waitUntil(self.clients.claim());
});

// A page loaded online: whose it is, and which content version it shows.
function afterOnline(response) {
  var version = response.headers.get("X-Reperes-Content-Version");
  if (!version) { return Promise.resolve(); }  // not one of our pages (a PDF, a redirect)
  return self.ReperesStore.setUser(response.headers.get("X-Reperes-User") || "")
    .then(current).then(function (now) {
      if (!now || now.version !== version) { return refresh(); }
      return null;
    });
}

function fromCopy(url, ignoreSearch) {
  return caches.match(url, { ignoreSearch: !!ignoreSearch });
}

self.addEventListener("fetch", function (event) {
  var request = event.request;
  if (request.method !== "GET") { return; }
  var url = new URL(request.url);
  if (url.origin !== self.location.origin || url.pathname === BUNDLE) { return; }
  if (request.mode === "navigate") {
    event.respondWith(fetch(request).then(function (response) {
      event.waitUntil(afterOnline(response).catch(function () { return null; }));
      return response;
    }, function () {
      return fromCopy(url.pathname + url.search).then(function (page) {
        return page || fromCopy(url.pathname, true);
      }).then(function (page) {
        return page || fromCopy(OFFLINE_PAGE);
      }).then(function (page) { return page || Response.error(); });
    }));
    return;
  }
  event.respondWith(fetch(request).catch(function () {
    return fromCopy(url.pathname + url.search).then(function (found) {
      return found || Response.error();
    });
  }));
});
