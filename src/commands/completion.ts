import { LIST_COMMANDS, OPTIONS, SUBCOMMANDS } from './args.js';
import { UsageError } from './errors.js';
import { OUTPUT_FORMATS } from './output/list-output.js';

/** Shells `newsx completion SHELL` writes a script for. */
export const SHELLS = ['bash', 'zsh', 'fish'] as const;

const COMMANDS = SUBCOMMANDS.join(' ');
const LONG_OPTIONS = Object.keys(OPTIONS).map((o) => `--${o}`).join(' ');
const FORMATS = [...OUTPUT_FORMATS, 'html'].join(' ');
// Commands that take article ids; their ids come from `newsx completion ids [DIR]`.
const TAKES_IDS = 'compare report';

/**
 * A completion script for a shell: subcommands, options, formats, folders, and article ids for
 * compare and report (asked of newsx itself, which answers from its cache once a folder was analysed).
 */
export function completionScript(shell: string): string {
  switch (shell) {
    case 'bash': return BASH;
    case 'zsh': return `autoload -U +X bashcompinit && bashcompinit\n${BASH}`;
    case 'fish': return fish();
    default: throw new UsageError(`newsx completion ${shell}: name a shell, one of ${SHELLS.join(', ')}.`);
  }
}

const BASH = `# newsx completion for bash (and zsh through bashcompinit): eval "$(newsx completion bash)"
_newsx() {
  local cur prev cmd dir i
  cur="\${COMP_WORDS[COMP_CWORD]}"
  prev="\${COMP_WORDS[COMP_CWORD-1]}"
  cmd=""
  for ((i = 1; i < COMP_CWORD; i++)); do
    case "\${COMP_WORDS[i]}" in
      --corpus) dir="\${COMP_WORDS[i+1]}" ;;
      -*) ;;
      *) if [[ -z "$cmd" ]]; then cmd="\${COMP_WORDS[i]}"; elif [[ -d "\${COMP_WORDS[i]}" ]]; then dir="\${COMP_WORDS[i]}"; fi ;;
    esac
  done
  case "$prev" in
    --format) COMPREPLY=($(compgen -W "${FORMATS}" -- "$cur")); return ;;
    --corpus) COMPREPLY=($(compgen -d -- "$cur")); return ;;
    --manifest|--output|-o) COMPREPLY=($(compgen -f -- "$cur")); return ;;
    --outlet|--since|--until|--actor|--story|--query|--width) return ;;
  esac
  if [[ "$cur" == -* ]]; then COMPREPLY=($(compgen -W "${LONG_OPTIONS}" -- "$cur")); return; fi
  if [[ -z "$cmd" ]]; then COMPREPLY=($(compgen -W "${COMMANDS}" -- "$cur") $(compgen -d -- "$cur")); return; fi
  case "$cmd" in
    completion) COMPREPLY=($(compgen -W "${SHELLS.join(' ')}" -- "$cur")) ;;
    help) COMPREPLY=($(compgen -W "${COMMANDS}" -- "$cur")) ;;
    ${TAKES_IDS.replace(' ', '|')})
      local IFS=$'\\n'
      COMPREPLY=($(compgen -W "$(newsx completion ids \${dir:+"$dir"} 2>/dev/null)" -- "$cur") $(compgen -d -- "$cur")) ;;
    *) COMPREPLY=($(compgen -d -- "$cur")) ;;
  esac
}
complete -F _newsx newsx
`;

function fish(): string {
  const lines = [
    '# newsx completion for fish: newsx completion fish | source',
    'complete -c newsx -f',
    `complete -c newsx -n __fish_use_subcommand -a "${COMMANDS}"`,
    `complete -c newsx -n "__fish_seen_subcommand_from completion" -a "${SHELLS.join(' ')}"`,
    `complete -c newsx -n "__fish_seen_subcommand_from help" -a "${COMMANDS}"`,
    `complete -c newsx -n "__fish_seen_subcommand_from ${TAKES_IDS}" -a "(newsx completion ids 2>/dev/null)"`,
    `complete -c newsx -n "__fish_seen_subcommand_from ${LIST_COMMANDS.join(' ')}" -l format -x -a "${OUTPUT_FORMATS.join(' ')}"`,
    `complete -c newsx -n "__fish_seen_subcommand_from report" -l format -x -a "md html"`,
  ];
  for (const [name, spec] of Object.entries(OPTIONS)) {
    if (name === 'format') continue;
    const takes = spec.type === 'string' ? (name === 'corpus' ? ' -x -a "(__fish_complete_directories)"' : name === 'manifest' || name === 'output' ? ' -r -F' : ' -x') : '';
    lines.push(`complete -c newsx -l ${name}${'short' in spec ? ` -s ${spec.short}` : ''}${takes}`);
  }
  return lines.join('\n') + '\n';
}
