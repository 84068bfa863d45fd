/**
 * The core as the bundled code outside it (the custom functions and the task pane) imports it: one module, so that
 * the bundle keeps the core in one scope (see webpack.config.js).
 */
export * from "./bedomning/aktivitet";
export * from "./bedomning/bedomning";
export * from "./bedomning/farger";
export * from "./bedomning/riktning";
export * from "./bedomning/sammanvagd";
export * from "./bedomning/status";
export * from "./fel";
export * from "./malvarde/tolka";
export * from "./nyckeltal/budget";
export * from "./nyckeltal/personalomsattning";
export * from "./nyckeltal/sjukfranvaro";
export * from "./skrivning/adress";
export * from "./skrivning/agande";
export * from "./skrivning/beskrivning";
export * from "./skrivning/malrader";
export * from "./skrivning/plan";
export * from "./tabell/ark";
export * from "./tabell/avgransning";
export * from "./tabell/lasArk";
export * from "./tabell/tabell";
export * from "./tal/cell";
export * from "./tal/format";
export * from "./tal/pengar";
export * from "./tal/tal";
