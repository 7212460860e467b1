/** Helpers shared by the reliability and security e2e specs: generated articles and whole-graph counts. */
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Neo4jService } from '../../src/graph/neo4j.service';

export interface GraphCounts {
  nodes: number;
  relationships: number;
}

export async function graphCounts(app: NestExpressApplication): Promise<GraphCounts> {
  const [row] = await app
    .get(Neo4jService)
    .read<GraphCounts>('CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships');
  return row;
}

export const GENERATED_PEOPLE = [
  'Margaret Holloway',
  'Daniel Okafor',
  'Priya Raman',
  'Thomas Whitfield',
  'Elena Castellano',
  'Robert Lindqvist',
  'Hannah Abernathy',
  'Marcus Delgado',
];
const OUTLETS = ['The New York Times', 'CNN', 'the Associated Press', 'Reuters'];
const TOPICS = ['the budget', 'the merger', 'the investigation', 'the new policy', 'the lawsuit', 'the election', 'the contract'];

/**
 * A plain English news article, different for every `index`, with quotes attributed to people from a small shared
 * pool (so articles share people) and told to outlets.
 */
export function generatedArticle(index: number): string {
  const person = (k: number) => GENERATED_PEOPLE[(index * 3 + k) % GENERATED_PEOPLE.length];
  const last = (name: string) => name.split(' ').pop()!;
  const [first, second, third] = [person(0), person(1), person(2)];
  const topic = TOPICS[index % TOPICS.length];
  const outlet = OUTLETS[index % OUTLETS.length];
  return [
    `Report number ${index}: a dispute over ${topic} grew on Tuesday in the city of Springfield.`,
    '',
    `"We have done nothing wrong, and the record of case ${index} will show it," ${first} told ${outlet} on Monday.`,
    '',
    `${second} denied the claims in a statement. "These accusations about ${topic} are false and I reject them completely," ${last(second)} said.`,
    '',
    `${third} accused ${first} of hiding the documents for ${index} days. "They knew about it and they kept it from the public," ${third} said in an interview.`,
    '',
    `The council will meet again next week to discuss ${topic} and item ${index} of its agenda, officials said.`,
    '',
  ].join('\n');
}
