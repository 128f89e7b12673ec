// The catalogs the catalog bench checks, generated the same way every run: a 100,000-listing CSV, the
// same listings in an XLSX workbook laid out as Ozon's seller template (group headings on row 1, the
// column headers on row 2, filling hints on row 3, data from row 4; strings in the shared-string table,
// as Excel and XlsxWriter store them), and a 1 GB CSV of longer, more varied listings for the memory run.
import { createWriteStream } from "node:fs";
import { once } from "node:events";
import { crc32, deflateRawSync } from "node:zlib";

/** The i-th listing of the 100,000: id, title, description, price, old price, image, material, sizes. */
function listing(i) {
  return [
    `SKU-${i}`,
    i % 3 === 0 ? `Платье летнее, размер ${i % 7}` : `Cotton shirt ${i}`,
    i % 5 === 0 ? 'Soft cotton; "relaxed" fit\nmachine wash 30°C' : "Soft cotton shirt",
    `${10 + (i % 90)}.99`,
    i % 4 === 0 ? String(20 + (i % 90)) : "",
    `https://cdn.example.com/${i}.jpg`,
    "cotton",
    "S,M,L",
  ];
}

const csvCell = (cell) => (/[",\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);

/** The listings as a CSV with English headers. */
export function catalogCsv(n) {
  const lines = ["id,title,description,price,old price,images,material,sizes"];
  for (let i = 0; i < n; i++) lines.push(listing(i).map(csvCell).join(","));
  return lines.join("\n") + "\n";
}

const OZON_HEADINGS = ["Основная информация", "", "", "Цены", "", "Медиа", "Характеристики", ""];
const OZON_HEADERS = ["Артикул*", "Название товара", "Аннотация", "Цена, руб.*", "Цена до скидки, руб.", "Ссылка на главное фото*", "Материал", "Размер"];
const OZON_HINTS = ["Уникальный код товара", "Полное название", "Описание товара", "Например: 1299.99", "Больше цены", "Ссылка на JPG", "Из списка", "Через запятую"];

const xmlText = (text) => text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");

function column(index) {
  let name = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** A ZIP archive of DEFLATE-compressed entries, as spreadsheet applications write XLSX packages. */
function zip(entries) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const [name, text] of entries) {
    const data = Buffer.from(text, "utf8");
    const packed = deflateRawSync(data, { level: 6 });
    const fileName = Buffer.from(name, "utf8");
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(fileName.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(fileName.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, fileName, packed);
    centrals.push(central, fileName);
    offset += local.length + fileName.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** The same listings in an Ozon-template workbook. */
export function catalogXlsx(n) {
  const strings = new Map();
  const string = (text) => {
    if (!strings.has(text)) strings.set(text, strings.size);
    return strings.get(text);
  };
  const rows = [];
  const row = (number, cells, numbers = new Set()) => {
    const xml = cells
      .map((cell, i) => {
        if (cell === "") return "";
        const ref = `${column(i)}${number}`;
        return numbers.has(i) ? `<c r="${ref}"><v>${cell}</v></c>` : `<c r="${ref}" t="s"><v>${string(cell)}</v></c>`;
      })
      .join("");
    rows.push(`<row r="${number}">${xml}</row>`);
  };
  row(1, OZON_HEADINGS);
  row(2, OZON_HEADERS);
  row(3, OZON_HINTS);
  for (let i = 0; i < n; i++) row(i + 4, listing(i), new Set([3, 4]));
  const sheet = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows.join("")}</sheetData></worksheet>`;
  const shared = [...strings.keys()].map((t) => `<si><t xml:space="preserve">${xmlText(t)}</t></si>`).join("");
  const ns = "http://schemas.openxmlformats.org";
  return zip([
    [
      "[Content_Types].xml",
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="${ns}/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`,
    ],
    [
      "_rels/.rels",
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${ns}/package/2006/relationships"><Relationship Id="rId1" Type="${ns}/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ],
    [
      "xl/workbook.xml",
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="${ns}/spreadsheetml/2006/main" xmlns:r="${ns}/officeDocument/2006/relationships"><sheets><sheet name="Шаблон" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ],
    [
      "xl/_rels/workbook.xml.rels",
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${ns}/package/2006/relationships"><Relationship Id="rId1" Type="${ns}/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${ns}/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    ],
    ["xl/worksheets/sheet1.xml", sheet],
    ["xl/sharedStrings.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="${ns}/spreadsheetml/2006/main" count="${strings.size}" uniqueCount="${strings.size}">${shared}</sst>`],
  ]);
}

const WORDS = "soft cotton linen wool silk warm light summer winter classic relaxed slim fit pocket button collar sleeve hem stitch seam fabric colour wash dry iron care size chart chest waist hip length model wears".split(" ");

/**
 * A CSV of about `bytes` bytes with marketplace-like rows (about 1 KB each: a description of a few
 * hundred words, two photos, sizes), written in pieces; resolves to the number of listings.
 */
export async function writeLargeCsv(path, bytes, random) {
  const out = createWriteStream(path);
  out.write("id,title,description,price,old price,images,material,sizes,color,category\n");
  let written = 0;
  let listings = 0;
  let piece = [];
  while (written < bytes) {
    const words = 80 + Math.floor(random() * 120);
    const description = Array.from({ length: words }, () => WORDS[Math.floor(random() * WORDS.length)]).join(" ");
    const price = 100 + Math.floor(random() * 9000);
    const line = [
      `SKU-${listings}`,
      listings % 3 === 0 ? `"Платье летнее «${WORDS[listings % WORDS.length]}», размер ${listings % 7}"` : `Cotton shirt ${listings}`,
      listings % 10 === 0 ? `"${description}; the best ""original"" fit\n100% cotton"` : description,
      `${price}.90`,
      random() < 0.3 ? String(price + 50 + Math.floor(random() * 900)) : "",
      `"https://cdn.example.com/${listings}/1.jpg, https://cdn.example.com/${listings}/2.jpg"`,
      "cotton",
      '"S,M,L,XL"',
      listings % 4 === 0 ? "" : "blue",
      listings % 2 === 0 ? "Одежда" : "apparel",
    ].join(",");
    piece.push(line);
    written += Buffer.byteLength(line) + 1;
    listings++;
    if (piece.length === 2000) {
      if (!out.write(piece.join("\n") + "\n")) await once(out, "drain");
      piece = [];
    }
  }
  out.end(piece.length ? piece.join("\n") + "\n" : "");
  await once(out, "finish");
  return listings;
}
