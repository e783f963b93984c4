// What Repères keeps on the phone besides the public copy (Cache Storage): one IndexedDB
// database, shared by the pages and the service worker.
// - meta "user": the key of the person the last page loaded online was for ("" for nobody);
// - modules: the modules a learner downloaded, under their key (id = key + ":" + module id);
// - queue: what a learner did offline, waiting to be sent (steps seen, decisions, answers,
//   submit), in order, each with a key made here so that the server applies it once.
// Logging out clears all of it (Clear-Site-Data); a page loaded online for someone else, or
// for nobody, deletes the modules of the others (setUser).
(function (scope) {
  "use strict";
  var NAME = "reperes-offline";

  function open() {
    return new Promise(function (resolve, reject) {
      var request = scope.indexedDB.open(NAME, 1);
      request.onupgradeneeded = function () {
        var db = request.result;
        db.createObjectStore("meta");
        db.createObjectStore("modules", { keyPath: "id" });
        db.createObjectStore("queue", { keyPath: "key" });
      };
      request.onsuccess = function () { resolve(request.result); };
      request.onerror = function () { reject(request.error); };
    });
  }

  function run(store, mode, work) {
    return open().then(function (db) {
      return new Promise(function (resolve, reject) {
        var tx = db.transaction(store, mode);
        var request = work(tx.objectStore(store));
        tx.oncomplete = function () { db.close(); resolve(request ? request.result : undefined); };
        tx.onerror = tx.onabort = function () { db.close(); reject(tx.error); };
      });
    });
  }

  var Store = {
    get: function (store, key) { return run(store, "readonly", function (s) { return s.get(key); }); },
    all: function (store) { return run(store, "readonly", function (s) { return s.getAll(); }); },
    put: function (store, value, key) {
      return run(store, "readwrite", function (s) { return key === undefined ? s.put(value) : s.put(value, key); });
    },
    remove: function (store, key) { return run(store, "readwrite", function (s) { return s.delete(key); }); },
    user: function () { return Store.get("meta", "user").then(function (key) { return key || ""; }); },
    // The person the phone is now used by: the others' modules go.
    setUser: function (key) {
      return Store.put("meta", key || "", "user").then(function () {
        return Store.all("modules");
      }).then(function (modules) {
        return Promise.all(modules.filter(function (m) { return m.user !== key; })
          .map(function (m) { return Store.remove("modules", m.id); }));
      });
    },
    newKey: function () {
      var bytes = new Uint8Array(16);
      scope.crypto.getRandomValues(bytes);
      return Array.prototype.map.call(bytes, function (b) { return (b + 256).toString(16).slice(1); }).join("");
    },
    queued: function () {
      return Store.all("queue").then(function (items) {
        return items.sort(function (a, b) { return a.at - b.at; });
      });
    }
  };
  scope.ReperesStore = Store;
})(self);
