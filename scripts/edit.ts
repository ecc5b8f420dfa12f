// npm run edit — the admin against this checkout, without GitHub: builds the site (which
// builds /admin/), serves dist/ on http://localhost:4330/ and says what to do next. In
// Chrome or Edge the admin offers "Працювати з локальним репозиторієм": choose this
// project's folder and every save writes the MDX files here (then commit and push as usual).
// The port is fixed so the browser remembers the chosen folder between sessions.
import { preview } from 'astro';

const port = Number(process.env.EDIT_PORT || 4330);
await preview({ server: { host: 'localhost', port } });
console.log(
  `\nРедагування текстів: відкрийте http://localhost:${port}/admin/ у Chrome або Edge,\n` +
    `натисніть «Працювати з локальним репозиторієм» і виберіть теку проєкту (${process.cwd()}).\n` +
    `Збереження записує файли content/… тут; сайт з новими текстами — npm run build або npm run dev.\n` +
    `Зупинити: Ctrl+C.\n` +
    `Editing: open http://localhost:${port}/admin/ in Chrome or Edge, choose "Work with Local Repository"\n` +
    `and pick the project folder; saves write content/… here. Stop with Ctrl+C.\n`,
);
