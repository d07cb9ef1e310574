import { useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';

export interface ConfirmPanelProps {
  /** What will happen, in plain words. */
  children: ReactNode;
  confirmLabel: string;
  cancelLabel?: string;
  /** A warning colour for something that cannot be undone or that cuts someone off. */
  warning?: boolean;
  busy?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * "Are you sure?" in the page (no pop-up): takes the focus when shown so it is read out; Escape or the cancel
 * button closes it.
 */
export function ConfirmPanel({
  children,
  confirmLabel,
  cancelLabel = 'Cancel',
  warning = false,
  busy = false,
  onConfirm,
  onCancel,
}: ConfirmPanelProps) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => box.current?.focus(), []);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onCancel();
    }
  };
  return (
    <div
      className="people-confirm"
      ref={box}
      tabIndex={-1}
      role="group"
      aria-label={confirmLabel}
      onKeyDown={onKeyDown}
    >
      <div className="people-confirm__question">{children}</div>
      <div className="button-row">
        <button
          className={warning ? 'button button--warning' : 'button button--primary'}
          type="button"
          aria-disabled={busy}
          onClick={() => {
            if (!busy) onConfirm();
          }}
        >
          {confirmLabel}
        </button>
        <button className="button button--secondary" type="button" onClick={onCancel}>
          {cancelLabel}
        </button>
      </div>
    </div>
  );
}
