import { FluentProvider, webLightTheme, Text } from "@fluentui/react-components";

export function Start() {
  return (
    <FluentProvider theme={webLightTheme}>
      <Text>Målkoll</Text>
    </FluentProvider>
  );
}
