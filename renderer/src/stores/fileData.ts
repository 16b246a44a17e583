// A file the person picked in the page, made ready for main (web harness, files:sendData).

/** The file's bytes as base64 (a data: URL without its prefix: the browser does the work). */
export function readAsBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = typeof reader.result === 'string' ? reader.result : '';
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.readAsDataURL(file);
  });
}

/** Main takes a bare name only: no folders, no control characters. */
export function plainFileName(name: string): string {
  // eslint-disable-next-line no-control-regex
  const plain = (name.split(/[/\\]/).pop() ?? '').replace(/[\u0000-\u001f\u007f]/g, '_');
  return (plain === '.' || plain === '..' || plain === '' ? 'file' : plain).slice(0, 255);
}
