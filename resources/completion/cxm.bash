# bash completion for cxm, the CX Maturity Workbench's command line.
# Installed to /usr/share/bash-completion/completions/cxm; the commands follow `cxm --help`.

_cxm()
{
    local cur prev words cword
    _init_completion || return

    local commands="validate import export score demo reveal report room follow-up compare merge publish portfolio"

    # The command is the first word after cxm and an optional --instrument DIR.
    local i=1 command=""
    if [[ ${words[1]} == --instrument ]]; then
        i=3
    fi
    if ((cword > i)); then
        command=${words[i]}
    fi

    case $prev in
        --instrument)
            _filedir -d
            return
            ;;
        -o | --output)
            case $command in
                report) _filedir '@(pdf|odt)' ;;
                export) _filedir '@(json|csv|xlsx)' ;;
                *) _filedir cxm ;;
            esac
            return
            ;;
        --format)
            COMPREPLY=($(compgen -W "json csv xlsx" -- "$cur"))
            return
            ;;
        --page-size)
            COMPREPLY=($(compgen -W "A4 Letter" -- "$cur"))
            return
            ;;
        --appendix)
            COMPREPLY=($(compgen -W "full short" -- "$cur"))
            return
            ;;
        --prefer)
            COMPREPLY=($(compgen -W "first last" -- "$cur"))
            return
            ;;
        --session | --follow-up-of)
            _filedir cxm
            return
            ;;
        --report)
            _filedir
            return
            ;;
        --bind | --port | --round | --per-address | --db | --date | --choose | --organisation | --facilitator | --from | --to)
            return
            ;;
    esac

    if [[ -z $command ]]; then
        if ((cword == 1)); then
            COMPREPLY=($(compgen -W "$commands --instrument --help --version" -- "$cur"))
        else
            COMPREPLY=($(compgen -W "$commands" -- "$cur"))
        fi
        return
    fi

    local options=""
    case $command in
        validate) _filedir -d; return ;;
        import) options="-o" ;;
        export) options="--format -o" ;;
        score) options="--json" ;;
        demo) options="-o --follow-up-of" ;;
        reveal) options="--anonymous" ;;
        report) options="-o --page-size --anonymous --appendix --compare" ;;
        room) options="--bind --port --round --per-address --ask" ;;
        follow-up) options="-o --date" ;;
        merge) options="-o --match-names --prefer --choose --report" ;;
        compare) options="--json" ;;
        publish) options="--db --anonymous" ;;
        portfolio) options="--db --json --migrate --organisation --facilitator --from --to --session" ;;
    esac
    if [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W "$options" -- "$cur"))
        return
    fi
    case $command in
        portfolio) ;;
        import) _filedir json ;;
        score | export | report) _filedir '@(cxm|json)' ;;
        *) _filedir cxm ;;
    esac
} &&
    complete -F _cxm cxm
