// @vitest-environment happy-dom
// The popup's states, rendered with @testing-library/preact: each shows what the reader needs.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup as unmount, fireEvent, render, screen } from '@testing-library/preact';
import { Analysing } from '../../../components/Analysing';
import { NoArticle } from '../../../components/NoArticle';
import { Unsupported } from '../../../components/Unsupported';
import { ErrorState } from '../../../components/ErrorState';
import { ArticleView } from '../../../components/ArticleView';
import { analysis, cleanup, report } from './fixtures';

afterEach(unmount);

describe('popup states', () => {
  it('analysing: a busy skeleton', () => {
    render(<Analysing />);
    expect(screen.getByTestId('state-analysing').getAttribute('aria-busy')).toBe('true');
  });

  it('no article: says so and names the page', () => {
    render(<NoArticle title="Front page" />);
    expect(screen.getByRole('heading').textContent + ' ' + screen.getByText(/Front page/).textContent).toMatch(/^No article here .*Front page/);
  });

  it('unsupported page: explains, and offers a reload only when the page may be stale', () => {
    const reload = vi.fn();
    const { rerender } = render(<Unsupported />);
    const without = screen.queryAllByRole('button').length;
    rerender(<Unsupported onReload={reload} />);
    fireEvent.click(screen.getByRole('button', { name: 'Reload page' }));
    expect({ without, reloaded: reload.mock.calls.length }).toEqual({ without: 0, reloaded: 1 });
  });

  it('error: shows the message as an alert, and Retry retries', () => {
    const retry = vi.fn();
    render(<ErrorState message="The page did not answer in time." onRetry={retry} />);
    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect({ alert: screen.getByRole('alert').textContent, retried: retry.mock.calls.length })
      .toEqual({ alert: expect.stringContaining('The page did not answer in time.'), retried: 1 });
  });

  it('not English: a notice instead of actors and demands', () => {
    const fr = report({ lang: 'fr', article: { ...report().article!, lang: 'fr' } });
    render(<ArticleView report={fr} analysis={analysis({ actors: [], demands: [], nlpApplied: false })} cleanup={cleanup} />);
    expect({ notice: screen.getByTestId('not-english').textContent, actors: screen.queryAllByTestId('actor').length })
      .toEqual({ notice: expect.stringContaining('This page is in French'), actors: 0 });
  });

  it('full result: header, summary, actors, demands and clean-up counts', () => {
    render(<ArticleView report={report()} analysis={analysis()} cleanup={cleanup} />);
    expect({
      title: screen.getByTestId('title').textContent,
      summary: screen.getByTestId('summary').querySelectorAll('p').length,
      actors: screen.getAllByTestId('actor').length,
      demand: screen.getByTestId('demand').querySelector('.demand-who')?.textContent,
      cleanup: screen.getByTestId('cleanup').querySelector('.cleanup-status')?.textContent,
    }).toEqual({
      title: 'Harbour workers strike over pay',
      summary: 2,
      actors: 2,
      demand: 'Dockers Union → Port Authority',
      cleanup: '2 items hidden (1 paywall, 1 promo)',
    });
  });
});

describe('actor disclosure', () => {
  const setup = () => {
    render(<ArticleView report={report()} analysis={analysis()} cleanup={cleanup} />);
    const button = screen.getAllByTestId('actor')[0]!.querySelector('button')!;
    const panel = document.getElementById(button.getAttribute('aria-controls') ?? '')!;
    return { button, panel };
  };

  it('is collapsed at first: aria-expanded false, details hidden', () => {
    const { button, panel } = setup();
    expect({ expanded: button.getAttribute('aria-expanded'), hidden: panel.hidden }).toEqual({ expanded: 'false', hidden: true });
  });

  it('expanded: shows the other names and the actor\'s own demands', () => {
    const { button, panel } = setup();
    fireEvent.click(button);
    expect({
      expanded: button.getAttribute('aria-expanded'),
      hidden: panel.hidden,
      aliases: panel.querySelector('p')?.textContent,
      demands: [...panel.querySelectorAll('li')].map((li) => li.textContent),
    }).toEqual({ expanded: 'true', hidden: false, aliases: 'Also called: the union, DU', demands: ['→ Port Authority: raise wages'] });
  });

  it('an actor without demands says so', () => {
    render(<ArticleView report={report()} analysis={analysis()} cleanup={cleanup} />);
    const second = screen.getAllByTestId('actor')[1]!;
    fireEvent.click(second.querySelector('button')!);
    expect(second.querySelector('[data-testid=actor-details]')?.textContent).toContain('No demands by Port Authority.');
  });

  it('role and affiliation read "union · Portland"', () => {
    render(<ArticleView report={report()} analysis={analysis()} cleanup={cleanup} />);
    expect(screen.getAllByTestId('actor')[0]!.querySelector('.actor-role')?.textContent).toBe('union · Portland');
  });
});

describe('header icon', () => {
  it('without an inline icon: the site\'s initial, no <img> (nothing fetched)', () => {
    render(<ArticleView report={report({ favicon: 'https://www.example.com/favicon.ico' })} analysis={analysis()} cleanup={cleanup} />);
    expect({ img: document.querySelectorAll('img').length, monogram: screen.getByTestId('monogram').textContent }).toEqual({ img: 0, monogram: 'E' });
  });

  it('with a data: icon: shows it', () => {
    const icon = 'data:image/png;base64,iVBORw0KGgo=';
    render(<ArticleView report={report({ favicon: icon })} analysis={analysis()} cleanup={cleanup} />);
    expect(screen.getByTestId('favicon').getAttribute('src')).toBe(icon);
  });
});

describe('annotate switch', () => {
  it('is a switch that reports its state and what the page marked', () => {
    const toggle = vi.fn();
    render(<ArticleView report={report()} analysis={analysis()} cleanup={cleanup}
      annotation={{ on: true, busy: false, result: { mentions: 5, sentences: 1 }, error: null, onToggle: toggle }} />);
    fireEvent.click(screen.getByRole('switch', { name: 'Annotate the page' }));
    expect({
      checked: screen.getByRole('switch').getAttribute('aria-checked'),
      status: screen.getByTestId('annotate-status').textContent,
      toggled: toggle.mock.calls.length,
    }).toEqual({ checked: 'true', status: '5 mentions underlined, 1 demand sentence marked', toggled: 1 });
  });
});

describe('analyse-ahead switch', () => {
  it('is a switch that says what it trades, and toggles', () => {
    const toggle = vi.fn();
    render(<ArticleView report={report()} analysis={analysis()} cleanup={cleanup} ahead={{ on: false, busy: false, onToggle: toggle }} />);
    fireEvent.click(screen.getByRole('switch', { name: 'Analyse articles as they load' }));
    expect({
      checked: screen.getByRole('switch').getAttribute('aria-checked'),
      note: screen.getByTestId('ahead-note').textContent,
      toggled: toggle.mock.calls.length,
    }).toEqual({ checked: 'false', note: 'Analysed only when you open Crux.', toggled: 1 });
  });
});
