/**
 * The body of one extraction worker thread (see extraction-pool.ts): takes { id, text, options } messages, answers
 * { id, document } or { id, error } for each, one at a time.
 */
import { parentPort } from 'node:worker_threads';
import { extractArticle, ExtractOptions } from './index';
import { ExtractedDocument } from './model';

export interface ExtractionTask {
  id: number;
  text: string;
  options: ExtractOptions;
}

export type ExtractionReply = { id: number; document: ExtractedDocument } | { id: number; error: { name: string; message: string } };

if (parentPort !== null) {
  const port = parentPort;
  port.on('message', (task: ExtractionTask) => {
    let reply: ExtractionReply;
    try {
      reply = { id: task.id, document: extractArticle(task.text, task.options) };
    } catch (error) {
      const { name, message } = error instanceof Error ? error : new Error(String(error));
      reply = { id: task.id, error: { name, message } };
    }
    port.postMessage(reply);
  });
}
