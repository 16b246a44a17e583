// How a command line is read: words, "JSON strings", options, the free text at the end, and
// usage errors that say what was expected.
import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../../main/cli/command-spec';
import { COMMAND_TABLE } from '../../../main/cli/command-table';
import { UsageError } from '../../../main/cli/errors';
import { formatFromFlags } from '../../../main/cli/message-format';

const parse = (line: string) => parseCommand(line, COMMAND_TABLE);
const usageError = (line: string): string => {
  try {
    parse(line);
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error(`'${line}' was accepted`);
};

describe('command lines', () => {
  it('skips blank lines and # comments', () => {
    expect(parse('')).toBeNull();
    expect(parse('   ')).toBeNull();
    expect(parse('# say bob hi')).toBeNull();
  });

  it('takes the rest of the line as the text, blanks inside kept', () => {
    expect(parse('say bob@x.test  hello,   world  ')?.input).toEqual({
      words: ['bob@x.test'],
      flags: {},
      rest: 'hello,   world',
    });
  });

  it('decodes a text given as one JSON string (line breaks, leading blanks)', () => {
    expect(parse('say . "  two\\nlines"')?.input.rest).toBe('  two\nlines');
    // Not one whole string: taken as it is.
    expect(parse('say . "quoted" and more')?.input.rest).toBe('"quoted" and more');
  });

  it('reads options before the text, and -- ends them', () => {
    const parsed = parse('say . --font "Comic Sans MS" --bold --color #00ff00 hi there');
    expect(parsed?.input).toEqual({
      words: ['.'],
      flags: { '--font': 'Comic Sans MS', '--bold': true, '--color': '#00ff00' },
      rest: 'hi there',
    });
    expect(parse('say . -- --bold is text')?.input).toMatchObject({
      flags: {},
      rest: '--bold is text',
    });
  });

  it('takes every word for EMAIL...', () => {
    expect(parse('open a@x.test b@x.test c@x.test')?.input.words).toEqual([
      'a@x.test',
      'b@x.test',
      'c@x.test',
    ]);
  });

  it('says what is wrong, with the usage', () => {
    expect(usageError('frobnicate')).toMatch(/unknown command 'frobnicate'/);
    expect(usageError('say')).toBe(
      'missing CONV; usage: say CONV [--font NAME] [--color #RRGGBB] [--bold] [--italic] [--underline] [--strike] TEXT',
    );
    expect(usageError('say bob@x.test')).toMatch(/^missing TEXT; /);
    expect(usageError('say . --shout hi')).toMatch(/^unknown option --shout /);
    expect(usageError('say . --font')).toMatch(/^--font needs a value; /);
    expect(usageError('nudge . now')).toMatch(/^unexpected 'now'; usage: nudge CONV/);
    expect(usageError('open')).toMatch(/^missing EMAIL; /);
    expect(usageError('say "bob')).toMatch(/no closing quote/);
    expect(usageError('say "\\x" hi')).toMatch(/not a valid quoted string/);
  });
});

describe('message format options', () => {
  it('no option, no format (the core sends its default)', () => {
    expect(formatFromFlags({})).toBeNull();
  });

  it('builds the app’s MessageFormat from the options', () => {
    expect(formatFromFlags({ '--font': 'Arial', '--color': '#00ff00', '--italic': true })).toEqual(
      expect.objectContaining({
        font: 'Arial',
        color: '#00FF00',
        italic: true,
        bold: false,
        strikethrough: false,
      }),
    );
  });

  it('refuses a colour that is not #RRGGBB and an over-long font', () => {
    expect(() => formatFromFlags({ '--color': 'red' })).toThrow(UsageError);
    expect(() => formatFromFlags({ '--font': 'x'.repeat(101) })).toThrow(UsageError);
  });
});
