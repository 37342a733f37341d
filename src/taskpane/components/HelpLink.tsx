import { Link } from '@fluentui/react-components';
import { helpHref, type Lang, type UiStrings } from '../../core';

export interface HelpLinkProps {
  ui: UiStrings;
  lang: Lang;
}

/** 「规则说明」: the built help page (help.html beside the pane and the page), in the user's language. */
export function HelpLink({ ui, lang }: HelpLinkProps) {
  return (
    <Link href={helpHref('', lang)} target="_blank" rel="noopener" data-testid="help-link">
      {ui.helpLink}
    </Link>
  );
}
