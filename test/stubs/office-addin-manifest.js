// office-addin-mock imports office-addin-manifest only for its CLI; its ESM-only dependencies break jest 30.
module.exports = {};
