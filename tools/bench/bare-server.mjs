// The floor under the API's overhead in query-bench.mjs: a server of node:http and pg and
// nothing else. POST /<query name> runs the SQL that the API ran for that query (its statements in
// turn, as the direct side does) and answers the rows as JSON. Started by query-bench.mjs with
// DATABASE_URL, PORT, SQL_FILE (the captured statements by query name) and SESSION_OPTIONS (the
// API pool's); says "ready" over IPC.
import { readFileSync } from 'node:fs';
import http from 'node:http';
import pg from 'pg';

const sqlOf = JSON.parse(readFileSync(process.env.SQL_FILE, 'utf8'));
// The API's pool settings (data-source-options.ts): 10 connections, its session settings.
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, options: process.env.SESSION_OPTIONS, max: 10 });

http
  .createServer((request, response) => {
    const chunks = [];
    request.on('data', (chunk) => chunks.push(chunk));
    request.on('end', async () => {
      try {
        let rows = [];
        for (const statement of sqlOf[request.url.slice(1)] ?? []) rows = (await pool.query(statement)).rows;
        const body = JSON.stringify({ data: rows });
        response.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }).end(body);
      } catch (error) {
        response.writeHead(500).end(String(error));
      }
    });
  })
  .listen(Number(process.env.PORT), '127.0.0.1', () => process.send?.('ready'));
