// Keyboard movement through a result grid's cells from its combobox input (↑/↓, Enter), with
// aria-activedescendant, so focus stays in the input and the reader can keep typing.

/**
 * Whether an input method (Chinese, Japanese, Korean) is composing: its text is not confirmed yet, and its keys
 * (Enter picks a candidate, arrows move among them, Escape cancels) are its own. Safari sends the Enter that confirms
 * after the composition has ended, with key code 229.
 */
export function composing(event) {
  return event.isComposing || event.keyCode === 229;
}

/** Wires `input` to move through `list`'s cells; `open(cell)` is called on Enter. */
export function listNavigation(input, list, open) {
  let active = -1;

  function options() {
    return [...list.querySelectorAll('[role="gridcell"]')];
  }

  function activate(index) {
    const all = options();
    all[active]?.classList.remove('active');
    all[active]?.setAttribute('aria-selected', 'false');
    active = all.length ? Math.max(-1, Math.min(index, all.length - 1)) : -1;
    const option = all[active];
    if (!option) {
      input.removeAttribute('aria-activedescendant');
      return;
    }
    option.classList.add('active');
    option.setAttribute('aria-selected', 'true');
    input.setAttribute('aria-activedescendant', option.id);
    option.scrollIntoView({ block: 'nearest' });
  }

  input.addEventListener('keydown', event => {
    if (composing(event)) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      activate(active + (event.key === 'ArrowDown' ? 1 : -1));
    } else if (event.key === 'Enter' && active >= 0 && options()[active]) {
      event.preventDefault();
      open(options()[active]);
    }
  });

  return {
    /** Forgets the active option (the list was replaced). */
    reset() {
      active = -1;
      input.removeAttribute('aria-activedescendant');
    },
  };
}
