"""The analyst's desk web page: HTML, CSS, JavaScript and the map outline, as static files."""
