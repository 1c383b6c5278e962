/* The review workbench's script: sign-in (the API key lives in this tab's sessionStorage
   only, and travels in the X-API-Key header, never in a URL), the place page's map and
   location actions, and the documents page's uploads, previews, confirmations and
   removals. Every write starts a rebuild; the page follows its job and reloads when the
   atlas has changed. */
(function () {
  "use strict";
  const data = JSON.parse(document.getElementById("wb-data").textContent);
  const zh = data.lang !== "en";
  const KEY = "cluster-atlas-api-key";
  const t = (z, e) => (zh ? z : e);
  const statusBox = document.getElementById("wb-status");

  function say(text, kind) {
    statusBox.textContent = text;
    statusBox.className = "wb-status" + (kind ? " wb-" + kind : "");
  }

  function key() {
    return sessionStorage.getItem(KEY) || "";
  }

  async function call(method, path, body, isForm) {
    const headers = { "X-API-Key": key(), Accept: "application/json" };
    if (body !== undefined && !isForm) headers["Content-Type"] = "application/json";
    const response = await fetch(data.root + path, {
      method: method,
      headers: headers,
      body: body === undefined ? undefined : isForm ? body : JSON.stringify(body),
    });
    let answer;
    try {
      answer = await response.json();
    } catch {
      answer = { description: response.statusText };
    }
    if (!response.ok) {
      const why = (answer && (answer.description || answer.detail)) || response.statusText;
      throw new Error(response.status + ": " + why);
    }
    return answer;
  }

  async function follow(job, done) {
    // A rebuild of the built-in corpus takes 5–20 s; a poll each second is cheap.
    for (;;) {
      const state = await call("GET", "/jobs/" + job.id);
      if (state.state === "succeeded") {
        say(t("图集已更新。", "The atlas is updated."), "ok");
        if (done) done(state);
        return state;
      }
      if (state.state === "failed") {
        throw new Error(t("重建失败：", "The rebuild failed: ") + state.message);
      }
      say(t("正在重建图集…（", "Rebuilding the atlas… (") + state.state + ")", "busy");
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  }

  let signedIn = false;

  function showActions(on) {
    signedIn = on;
    document.querySelectorAll(".wb-actions, .wb-action").forEach((el) => {
      el.hidden = !on;
    });
    document.getElementById("wb-signin").hidden = on;
    document.getElementById("wb-signout").hidden = !on;
    document.getElementById("wb-who").hidden = !on;
  }

  async function signIn(candidate) {
    sessionStorage.setItem(KEY, candidate);
    try {
      const who = await call("GET", "/whoami");
      document.getElementById("wb-who").textContent = who.name;
      showActions(true);
      if (editor) editor.enable();
      return true;
    } catch (error) {
      sessionStorage.removeItem(KEY);
      showActions(false);
      say(t("密钥无效：", "The key is not valid: ") + error.message, "error");
      return false;
    }
  }

  document.getElementById("wb-signin").addEventListener("submit", async (event) => {
    event.preventDefault();
    const input = document.getElementById("wb-key");
    const candidate = input.value.trim();
    input.value = "";
    if (candidate && (await signIn(candidate))) say(t("已登录。", "Signed in."), "ok");
  });
  document.getElementById("wb-signout").addEventListener("click", () => {
    sessionStorage.removeItem(KEY);
    showActions(false);
    if (editor) editor.disable();
    say(t("已退出。", "Signed out."));
  });

  /* --- one place: the map and the location actions ---------------------------------- */

  let editor = null;

  function placeEditor() {
    const L = window.L;
    // A view before any layer: Leaflet cannot clip a vector layer on a map without one.
    const map = L.map("wb-map", { zoomControl: true }).setView([35, 105], 4);
    for (const tiles of data.basemap.tiles) {
      L.tileLayer(tiles.url, {
        subdomains: tiles.subdomains || "abc",
        maxNativeZoom: tiles.maxNativeZoom,
        maxZoom: 19,
        attribution: data.basemap.attribution,
      }).addTo(map);
    }
    const bounds = L.latLngBounds([]);
    if (data.unit && data.unit.geometry) {
      const outline = L.geoJSON(data.unit.geometry, {
        style: { color: "#1d3557", weight: 2, fill: true, fillOpacity: 0.04 },
        interactive: false,
      }).addTo(map);
      bounds.extend(outline.getBounds());
    }
    for (const near of data.nearby) {
      L.circleMarker([near.lat, near.lon], { radius: 5, color: "#666", weight: 1 })
        .bindTooltip(near.name + " (" + near.distance_m + " m)")
        .addTo(map);
    }
    for (const c of data.candidates) {
      L.circleMarker([c.lat, c.lon], { radius: 6, color: "#2a7de1", weight: 2 })
        .bindTooltip(c.name)
        .addTo(map);
      bounds.extend([c.lat, c.lon]);
    }
    let marker = null;
    let circle = null;
    let moved = false;
    const saveButton = document.getElementById("wb-save");
    const settable = Array.from(document.getElementById("wb-precision").options, (o) => o.value);
    if (data.point) {
      const at = [data.point[1], data.point[0]];
      marker = L.marker(at, { draggable: false, title: t("当前点位", "current point") }).addTo(map);
      if (data.radius) circle = L.circle(at, { radius: data.radius, weight: 1 }).addTo(map);
      bounds.extend(at);
    }
    if (bounds.isValid()) map.fitBounds(bounds, { padding: [20, 20], maxZoom: 15, animate: false });

    function place(latlng) {
      if (!marker) {
        marker = L.marker(latlng, { draggable: true }).addTo(map);
        marker.on("dragend", () => place(marker.getLatLng()));
      }
      marker.setLatLng(latlng);
      if (circle) circle.setLatLng(latlng);
      moved = true;
      saveButton.disabled = false;
      document.getElementById("wb-located").textContent =
        latlng.lng.toFixed(6) + ", " + latlng.lat.toFixed(6) + t("（未保存）", " (not saved)");
    }
    let editing = false;
    map.on("click", (event) => {
      if (editing) place(event.latlng);
    });
    if (marker) marker.on("dragend", () => place(marker.getLatLng()));

    async function save(lon, lat, precision, note) {
      const body = { lon: lon, lat: lat, precision: precision, note: note };
      say(t("正在保存…", "Saving…"), "busy");
      try {
        const answer = await call("PATCH", "/places/" + encodeURIComponent(data.place) + "/location", body);
        say(t("已保存，位于 ", "Saved, in ") + answer.district + t("；正在重建…", "; rebuilding…"), "busy");
        await follow(answer.job, () => window.location.reload());
      } catch (error) {
        say(error.message, "error");
      }
    }
    saveButton.addEventListener("click", () => {
      if (!moved) return;
      const at = marker.getLatLng();
      save(at.lng, at.lat, document.getElementById("wb-precision").value,
           document.getElementById("wb-note").value);
    });
    document.getElementById("wb-accept").addEventListener("click", () => {
      if (!data.point) return;
      const note = document.getElementById("wb-note").value;
      save(data.point[0], data.point[1], document.getElementById("wb-precision").value,
           t("核实确认", "accepted") + (note ? ": " + note : ""));
    });
    function useButton(button) {
      button.addEventListener("click", () => {
        document.getElementById("wb-precision").value = button.dataset.precision;
        place(L.latLng(Number(button.dataset.lat), Number(button.dataset.lon)));
      });
    }
    document.querySelectorAll(".wb-use").forEach(useButton);

    const ask = document.getElementById("wb-ask");
    if (ask) {
      ask.addEventListener("click", async () => {
        ask.disabled = true;
        say(t("正在询问在线地理编码服务…", "Asking the online geocoders…"), "busy");
        try {
          const answer = await call("GET", "/review/" + encodeURIComponent(data.place) + "/providers");
          const body = document.querySelector("#wb-candidates tbody");
          for (const c of answer.candidates) {
            const row = document.createElement("tr");
            const inside = c.inside === false ? t("（不在所属单位内）", " (outside its unit)") : "";
            const cells = [c.name + inside, c.provider, c.distance_m === null ? "—" : c.distance_m.toLocaleString() + " m"];
            for (const text of cells) {
              const cell = document.createElement("td");
              cell.textContent = text;
              row.appendChild(cell);
            }
            const cell = document.createElement("td");
            const use = document.createElement("button");
            use.type = "button";
            use.className = "wb-action wb-use";
            use.textContent = t("采用", "Use");
            use.dataset.lon = c.lon;
            use.dataset.lat = c.lat;
            use.dataset.precision = settable.includes(c.precision) ? c.precision : "block";
            useButton(use);
            cell.appendChild(use);
            row.appendChild(cell);
            body.appendChild(row);
            L.circleMarker([c.lat, c.lon], { radius: 6, color: "#e8590c", weight: 2 })
              .bindTooltip(c.provider + ": " + c.name)
              .addTo(map);
          }
          const failed = answer.failed.map((f) => f.provider + ": " + f.error).join("; ");
          say(t("在线答案 ", "Online answers: ") + answer.candidates.length + (failed ? " · " + failed : ""),
              failed ? "error" : "ok");
        } catch (error) {
          say(error.message, "error");
        } finally {
          ask.disabled = false;
        }
      });
    }
    return {
      map: map,
      enable() {
        editing = true;
        if (marker) marker.dragging.enable();
      },
      disable() {
        editing = false;
        if (marker) marker.dragging.disable();
      },
    };
  }

  /* --- one place: edits and their history ------------------------------------------- */

  function placeEdits() {
    const base = "/places/" + encodeURIComponent(data.place);
    const whyBox = document.getElementById("wb-why");
    const toQueue = () => {
      window.location.href = data.root + "/review?lang=" + data.lang;
    };
    const reload = () => window.location.reload();

    async function send(path, body, after) {
      if (!whyBox.value.trim()) {
        say(t("请填写理由。", "Give a reason."), "error");
        whyBox.focus();
        return;
      }
      say(t("正在保存…", "Saving…"), "busy");
      try {
        const answer = await call("POST", path, Object.assign({ why: whyBox.value.trim() }, body));
        await follow(answer.job, after);
      } catch (error) {
        say(error.message, "error");
      }
    }
    const edit = (kind, values, after) => send(base + "/edits", { kind: kind, data: values }, after || reload);

    document.getElementById("wb-not-a-place").addEventListener("click", () => edit("not_a_place", {}, toQueue));
    const mergeWith = document.getElementById("wb-merge-with");
    let asked = 0;
    mergeWith.addEventListener("input", () => {
      // Whatever was typed, asked of /search once the reviewer pauses for 250 ms; a
      // chosen option (its text ends with the id) is not asked again.
      const text = mergeWith.value.trim();
      const mine = ++asked;
      if (!text || text.includes(" · ")) return;
      setTimeout(async () => {
        if (mine !== asked) return;
        const found = await call("GET", "/search?limit=20&q=" + encodeURIComponent(text));
        if (mine !== asked) return;
        const list = document.getElementById("wb-places");
        list.replaceChildren(
          ...found.hits
            .filter((hit) => hit.id !== data.place)
            .map((hit) => Object.assign(document.createElement("option"), { value: hit.name + " · " + hit.id })),
        );
      }, 250);
    });
    document.getElementById("wb-merge").addEventListener("click", () => {
      const chosen = document.getElementById("wb-merge-with").value;
      const other = chosen.split(" · ").pop().trim();
      if (!other) return say(t("请选择要合并的地点。", "Choose the place to merge."), "error");
      edit("merge", { other: other });
    });
    document.querySelectorAll(".wb-split").forEach((button) => {
      button.addEventListener("click", () => edit("split", { alias: button.dataset.alias }));
    });
    const values = {
      rename: () => ({ to: document.getElementById("wb-name").value.trim() }),
      aliases: () => ({
        aliases: document.getElementById("wb-aliases").value.split("\n").map((a) => a.trim()).filter(Boolean),
      }),
      kind: () => ({ to: document.getElementById("wb-kind").value }),
      sectors: () => ({
        sectors: Array.from(document.getElementById("wb-sectors").selectedOptions).map((o) => o.value),
      }),
    };
    document.querySelectorAll(".wb-set").forEach((button) => {
      button.addEventListener("click", () => edit(button.dataset.kind, values[button.dataset.kind]()));
    });

    async function history() {
      const body = document.querySelector("#wb-history tbody");
      const answer = await call("GET", base + "/history");
      body.textContent = "";
      for (const e of answer.edits) {
        const row = element("tr", { class: e.undone ? "wb-undone" : "" });
        const what = e.kind === "undo" ? t("撤销 #", "undo #") + e.data.edit : data.edit_labels[e.kind] || e.kind;
        for (const value of ["#" + e.id, e.at, e.who, what, e.why]) row.appendChild(element("td", {}, value));
        const cell = element("td");
        if (e.kind !== "undo" && !e.undone) {
          const undo = element("button", { type: "button", class: "wb-action wb-undo" }, t("撤销", "Undo"));
          undo.addEventListener("click", () => send("/edits/" + e.id + "/undo", {}, reload));
          cell.appendChild(undo);
        } else if (e.undone) {
          cell.textContent = t("已撤销", "undone");
        }
        row.appendChild(cell);
        body.appendChild(row);
      }
      showActions(signedIn);
    }
    history().catch((error) => say(error.message, "error"));
  }

  /* --- documents: upload, preview, confirm, remove ----------------------------------- */

  function element(tag, attributes, text) {
    const el = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes || {})) el.setAttribute(name, value);
    if (text !== undefined) el.textContent = text;
    return el;
  }

  function previewCard(file, preview) {
    const card = element("div", { class: "wb-preview" });
    card.appendChild(element("h3", {}, file.name));
    const titles = preview.documents.map((d) => d.title + (d.date ? " " + d.date : ""));
    card.appendChild(element("p", {}, t("文档：", "Documents: ") + titles.join("；")));
    const fresh = preview.places.filter((p) => !p.in_atlas);
    const sectors = new Set();
    preview.places.forEach((p) => p.raw_sectors.forEach((s) => sectors.add(s)));
    card.appendChild(element("p", { class: "wb-summary" },
      t("地点 ", "Places ") + preview.places.length + t("（新增 ", " (new ") + fresh.length +
      t("）· 产业 ", ") · sectors ") + sectors.size +
      t(" · 目标 ", " · targets ") + (preview.targets ? preview.targets.length : 0)));
    const list = element("ul", { class: "wb-preview-places" });
    for (const p of preview.places.slice(0, 30)) {
      list.appendChild(element("li", {}, p.name + " · " + (p.district || "—") +
        (p.in_atlas ? t("（已在图集）", " (in the atlas)") : "")));
    }
    card.appendChild(list);
    if (preview.duplicate_of) {
      card.appendChild(element("p", { class: "wb-error" },
        t("图集已有相同文本：", "The atlas holds this text already: ") + preview.duplicate_of));
      return card;
    }
    const confirm = element("button", { type: "button", class: "wb-confirm" }, t("确认添加", "Confirm"));
    confirm.addEventListener("click", async () => {
      confirm.disabled = true;
      try {
        const job = await call("POST", "/documents/" + preview.upload_id + "/confirm");
        say(t("已添加，正在重建…", "Added; rebuilding…"), "busy");
        await follow(job, () => window.location.reload());
      } catch (error) {
        confirm.disabled = false;
        say(error.message, "error");
      }
    });
    card.appendChild(confirm);
    return card;
  }

  async function upload(files) {
    const box = document.getElementById("wb-previews");
    for (const file of files) {
      const form = new FormData();
      form.append("file", file, file.name);
      say(t("正在读取 ", "Reading ") + file.name + "…", "busy");
      try {
        const preview = await call("POST", "/documents", form, true);
        box.appendChild(previewCard(file, preview));
        say(t("预览就绪：", "Preview ready: ") + file.name, "ok");
      } catch (error) {
        const card = element("div", { class: "wb-preview wb-error" }, file.name + ": " + error.message);
        box.appendChild(card);
        say(file.name + ": " + error.message, "error");
      }
    }
  }

  function documentsPage() {
    const drop = document.getElementById("wb-drop");
    const input = document.getElementById("wb-files");
    input.addEventListener("change", () => upload(Array.from(input.files)));
    drop.addEventListener("dragover", (event) => {
      event.preventDefault();
      drop.classList.add("wb-over");
    });
    drop.addEventListener("dragleave", () => drop.classList.remove("wb-over"));
    drop.addEventListener("drop", (event) => {
      event.preventDefault();
      drop.classList.remove("wb-over");
      upload(Array.from(event.dataTransfer.files));
    });
    document.querySelectorAll(".wb-remove").forEach((button) => {
      button.addEventListener("click", async () => {
        if (!window.confirm(t("从图集移除 ", "Remove ") + button.dataset.name + "?")) return;
        button.disabled = true;
        try {
          const job = await call("DELETE", "/documents/" + button.dataset.key);
          await follow(job, () => window.location.reload());
        } catch (error) {
          button.disabled = false;
          say(error.message, "error");
        }
      });
    });
  }

  if (document.getElementById("wb-map")) {
    editor = placeEditor();
    placeEdits();
  }
  if (document.getElementById("wb-drop")) documentsPage();
  showActions(false);
  if (key()) signIn(key());
})();
