console.log(require('escape-html')('<a href="x">\'&\'</a>'));
