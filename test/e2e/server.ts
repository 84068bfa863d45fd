/** Serves dist/ on 127.0.0.1 for the browser test; the port is chosen by the OS. */
import * as fs from "fs";
import * as http from "http";
import * as path from "path";
import type { AddressInfo } from "net";

const TYPER: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "application/javascript; charset=utf-8",
  ".json": "application/json",
  ".png": "image/png",
  ".xml": "application/xml",
};

export async function startaServer(rot: string): Promise<{ url: string; stang: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    const fil = path.join(rot, decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname));
    if (!fil.startsWith(rot) || !fs.existsSync(fil) || fs.statSync(fil).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "Content-Type": TYPER[path.extname(fil)] ?? "application/octet-stream" });
    fs.createReadStream(fil).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, stang: () => new Promise((resolve) => server.close(() => resolve())) };
}
