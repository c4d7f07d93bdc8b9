import { createServices } from "../compose/services.js";
import { loadDemo } from "../demo/load-demo.js";
import { COMMON_HELP, type Command } from "./command.js";

export const demoCommand: Command = {
  name: "demo",
  summary: "load the bundled demo channel (an invented newsroom, Arabic and English posts)",
  usage: "dateline demo",
  help: COMMON_HELP,
  options: {},
  positionals: [0, 0],
  async run(ctx) {
    const s = await createServices(ctx.config());
    try {
      const n = await loadDemo(s);
      ctx.out(`demo channel loaded: ${n} articles`);
      return 0;
    } finally {
      await s.close();
    }
  },
};
