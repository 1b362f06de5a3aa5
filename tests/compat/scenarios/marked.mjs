import { marked } from 'marked';
console.log(marked.parse('# Title\n\nSome *em* and `code`.\n\n- a\n- b\n'));
