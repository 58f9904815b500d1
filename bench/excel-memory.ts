/**
 * Memory of a streamed export: a Fastify route sends 100,000 rows × 8 columns through sendExcel
 * from an async generator, a client reads it over HTTP, and the peak RSS of this process is
 * sampled every 50 ms. Prints one JSON line.
 *
 *   npx tsx bench/excel-memory.ts [rows] [--slow-client]
 *
 * --slow-client reads the response at ~4 MB/s (a client slower than the writer), which is where
 * a missing backpressure check would pile the workbook up in memory.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import Fastify from 'fastify';
import { sendExcel, toExcelDate } from '../apps/server/src/platform/excel';

const rowCount = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 100_000);
const slowClient = process.argv.includes('--slow-client');

interface BenchRow {
  id: number;
  name: string;
  unit: string;
  at: Date;
  amount: number;
  quantity: number;
  status: string;
  note: string;
}

async function* rows(count: number): AsyncGenerator<BenchRow> {
  const start = Date.UTC(2026, 0, 1);
  for (let i = 1; i <= count; i++) {
    yield {
      id: i,
      name: `员工${i}`,
      unit: `区政府办公室第${i % 37}科`,
      at: new Date(start + i * 60_000),
      amount: Math.round(i * 13.7) / 100,
      quantity: i % 17,
      status: i % 3 === 0 ? '已完成' : '处理中',
      note: `第 ${i} 条记录：会议室预约，含茶歇与投影设备`,
    };
  }
}

let peakRss = process.memoryUsage().rss;
const baselineRss = peakRss;
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}, 50);

const app = Fastify({ logger: false });
app.get('/export', async (_request, reply) =>
  sendExcel(reply, {
    filename: '压力测试.xlsx',
    sheetName: '数据',
    title: `压力测试（${rowCount} 行）`,
    columns: [
      { header: '序号', value: (r: BenchRow) => r.id },
      { header: '姓名', value: (r) => r.name },
      { header: '单位', width: 24, value: (r) => r.unit },
      { header: '时间', numFmt: 'yyyy-mm-dd hh:mm', value: (r) => toExcelDate(r.at, 'Asia/Shanghai') },
      { header: '金额', numFmt: '0.00', value: (r) => r.amount },
      { header: '数量', value: (r) => r.quantity },
      { header: '状态', value: (r) => r.status },
      { header: '备注', width: 40, value: (r) => r.note },
    ],
    rows: rows(rowCount),
  }),
);

await app.listen({ host: '127.0.0.1', port: 0 });
const { port } = app.server.address() as AddressInfo;
const started = performance.now();

const result = await new Promise<{ status: number; bytes: number; type: string }>((resolve, reject) => {
  http
    .get({ host: '127.0.0.1', port, path: '/export' }, (res) => {
      let bytes = 0;
      res.on('data', (chunk: Buffer) => {
        bytes += chunk.length;
        if (slowClient) {
          // ~4 MB/s: pause 16 ms for every 64 kB
          res.pause();
          setTimeout(() => res.resume(), Math.ceil(chunk.length / 4096));
        }
      });
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, bytes, type: String(res.headers['content-type']) }),
      );
      res.on('error', reject);
    })
    .on('error', reject);
});

peakRss = Math.max(peakRss, process.memoryUsage().rss);
clearInterval(sampler);
await app.close();

const mb = (n: number) => Math.round((n / 1024 / 1024) * 10) / 10;
console.log(
  JSON.stringify({
    rows: rowCount,
    columns: 8,
    slowClient,
    status: result.status,
    contentType: result.type,
    bytes: result.bytes,
    seconds: Math.round((performance.now() - started) / 100) / 10,
    baselineRssMb: mb(baselineRss),
    peakRssMb: mb(peakRss),
  }),
);
