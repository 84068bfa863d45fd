/** The pane's theme: light or dark from Office.context.officeTheme, and contrast as WCAG 2.1 defines it. */
import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { STATUSAR } from "../../src/core/bedomning/status";
import { arMorkt, kontrast, valjTema } from "../../src/taskpane/tema";

describe("kontrast", () => {
  it("gives WCAG's ratios", () => {
    expect(kontrast("#000000", "#FFFFFF")).toBeCloseTo(21, 5);
    expect(kontrast("#ffffff", "#000")).toBeNaN();
    // #767676 on white is the lightest grey that passes 4,5:1 (WebAIM's example).
    expect(kontrast("#767676", "#ffffff")).toBeGreaterThanOrEqual(4.5);
    expect(kontrast("#777777", "#ffffff")).toBeLessThan(4.5);
    expect(kontrast("#006100", "#C6EFCE")).toBeCloseTo(kontrast("#C6EFCE", "#006100"), 10);
  });
});

describe("arMorkt", () => {
  it.each([
    [{ isDarkTheme: true, bodyBackgroundColor: "#FFFFFF" }, true],
    [{ isDarkTheme: false, bodyBackgroundColor: "#000000" }, false],
    [{ bodyBackgroundColor: "#262626" }, true],
    [{ bodyBackgroundColor: "#F3F3F3" }, false],
    [{ bodyBackgroundColor: "inte en färg" }, false],
    [undefined, false],
  ])("%j → %s", (tema, mork) => expect(arMorkt(tema)).toBe(mork));
});

describe("valjTema", () => {
  it("follows isDarkTheme", () => {
    expect(valjTema({ isDarkTheme: true }).colorNeutralForeground1).toBe(webDarkTheme.colorNeutralForeground1);
    expect(valjTema({ isDarkTheme: false }).colorNeutralForeground1).toBe(webLightTheme.colorNeutralForeground1);
    expect(valjTema(undefined).colorNeutralBackground1).toBe(webLightTheme.colorNeutralBackground1);
  });

  it("takes Office's body colour only where the text keeps its contrast", () => {
    expect(valjTema({ isDarkTheme: false, bodyBackgroundColor: "#f3f3f3" }).colorNeutralBackground1).toBe("#f3f3f3");
    // Mid grey: Fluent's secondary text would fall under 4,5:1 on it, so Fluent's own background stays.
    expect(valjTema({ isDarkTheme: false, bodyBackgroundColor: "#B0B0B0" }).colorNeutralBackground1).toBe("#ffffff");
    expect(valjTema({ isDarkTheme: true, bodyBackgroundColor: "#5A5A5A" }).colorNeutralBackground1).toBe("#292929");
  });

  it.each([
    ["light", { isDarkTheme: false }],
    ["dark", { isDarkTheme: true }],
  ])("gives every summary bar 3:1 against its track and the page in %s theme (WCAG 2.1, 1.4.11)", (_, tema) => {
    const t = valjTema(tema);
    STATUSAR.forEach((_s, i) => {
      const stapel = t[`malkollStapel${i}`];
      expect(kontrast(stapel, t.colorNeutralBackground3)).toBeGreaterThanOrEqual(3);
      expect(kontrast(stapel, t.colorNeutralBackground1)).toBeGreaterThanOrEqual(3);
    });
  });
});
