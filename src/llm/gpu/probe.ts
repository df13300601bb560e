// Prints what detectGpu sees on this machine: `node --import tsx src/llm/gpu/probe.ts`.
import { detectGpu } from './detect.js';

console.log(JSON.stringify(await detectGpu(), null, 2));
