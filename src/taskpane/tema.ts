import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";

/** Follows the Office theme: a dark body background gives Fluent's dark theme. */
export function valjTema(): Theme {
  const bakgrund = typeof Office !== "undefined" ? Office.context?.officeTheme?.bodyBackgroundColor : undefined;
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(bakgrund ?? "");
  if (!m) return webLightTheme;
  const [r, g, b] = m.slice(1).map((x) => parseInt(x, 16));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128 ? webDarkTheme : webLightTheme;
}
