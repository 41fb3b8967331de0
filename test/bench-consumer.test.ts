/**
 * The consumer app that `npm run bench` synthesizes (scripts/bench/consumer.ts) is a real app: it
 * compiles against the library as it is, so that the benchmark measures an app a user could write.
 */
import * as path from 'path';
import { consumerMain } from '../scripts/bench/consumer';
import { compileInMemory } from './compile-support';

test("the bench's consumer app of ten services compiles against the library", () => {
  const main = path.join(__dirname, '..', '.bench-consumer', 'main.ts');
  const messages = compileInMemory('bench-consumer', new Map([[main, consumerMain()]]));
  expect(messages.get(main)).toEqual([]);
});
