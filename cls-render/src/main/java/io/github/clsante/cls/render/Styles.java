package io.github.clsante.cls.render;

/**
 * The pages' one style sheet, inline: a screen layout that holds at 390 px (tables turn into cards, nothing
 * wider than the page), and an A4 print layout (headings kept with what follows, long sections on a new page,
 * a finding's block never split from its quote). No {@code url()}, no import, no web font.
 */
final class Styles {

  private Styles() {}

  static final String CSS = """
      :root{--ink:#1d2733;--muted:#52606d;--line:#d6dde6;--soft:#f3f6f9;--blue:#1d5fa8;--err:#a11d1d;
        --err-bg:#fbe2e2;--warn:#8a5a00;--warn-bg:#fff4d6;--info:#1d5fa8;--info-bg:#e6effa;--ok:#1b6e35;
        --ok-bg:#dff3e4;--copil:#1d5fa8;--cotech:#c8640c}
      *{box-sizing:border-box}
      html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
      body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","DejaVu Sans",sans-serif;margin:0;
        color:var(--ink);line-height:1.45;background:#fff;overflow-wrap:break-word}
      main{max-width:72rem;margin:0 auto;padding:1.5rem 1.25rem 2rem}
      h1{font-size:1.75rem;line-height:1.2;margin:.2rem 0 .5rem}
      h2{font-size:1.3rem;margin:2.2rem 0 .6rem;padding-bottom:.25rem;border-bottom:2px solid var(--line)}
      h3{font-size:1.08rem;margin:1.2rem 0 .3rem}
      h4{font-size:1rem;margin:1rem 0 .3rem}
      h2 .n,h3 .n{color:var(--muted);font-weight:400}
      code{font-family:ui-monospace,"DejaVu Sans Mono",monospace;font-size:.82em;color:var(--muted);
        overflow-wrap:anywhere}
      .kicker{margin:0;color:var(--muted);text-transform:uppercase;letter-spacing:.05em;font-size:.8rem}
      .meta{color:var(--muted);margin:.2rem 0;font-size:.92rem}
      .meta span{margin-right:1rem;display:inline-block}
      .meta strong{color:var(--ink);font-weight:600}
      .note{font-style:italic}
      .lead{color:var(--muted);margin:.2rem 0 .8rem}
      .empty{padding:.6rem .8rem;background:var(--soft);border-radius:.4rem}
      .verdict{display:flex;flex-wrap:wrap;align-items:baseline;gap:.2rem 1rem;margin:1rem 0 .6rem;
        padding:.8rem 1rem;border-radius:.6rem;border-left:.5rem solid}
      .verdict p{margin:0}
      .verdict-word{font-size:1.4rem;font-weight:700}
      .verdict.ok{background:var(--ok-bg);border-color:var(--ok);color:var(--ok)}
      .verdict.ko{background:var(--err-bg);border-color:var(--err);color:var(--err)}
      .verdict-why{color:var(--ink)}
      ul.counts{list-style:none;padding:0;margin:.6rem 0;display:grid;gap:.5rem;
        grid-template-columns:repeat(auto-fit,minmax(8.5rem,1fr))}
      .count{border:1px solid var(--line);border-radius:.5rem;padding:.5rem .8rem;background:#fff}
      .count .n{display:block;font-size:1.7rem;font-weight:700;line-height:1.1}
      .count .l{color:var(--muted)}
      .count.ERROR .n{color:var(--err)}.count.WARNING .n{color:var(--warn)}.count.INFO .n{color:var(--info)}
      .count.TODO .n{color:var(--blue)}.count.zero .n{color:var(--muted)}
      .count.ERROR:not(.zero){background:var(--err-bg);border-color:#f0b9b9}
      .phase-now{margin:.4rem 0}
      nav.toc{display:flex;flex-wrap:wrap;gap:.4rem;margin:1.2rem 0 0;padding:.6rem 0;border-top:1px solid var(--line);
        border-bottom:1px solid var(--line)}
      nav.toc a{color:var(--blue);text-decoration:none;padding:.2rem .6rem;border-radius:1rem;background:var(--soft)}
      /* to do */
      ol.todos{list-style:none;padding:0;margin:0}
      .todo-item{display:grid;grid-template-columns:12rem 1fr;gap:.2rem 1rem;padding:.6rem .2rem;
        border-bottom:1px solid var(--line)}
      .todo-item p{margin:0}
      .todo-item .due{font-weight:700;color:var(--blue)}
      .todo-item.undated .due{color:var(--muted);font-weight:400}
      .todo-item .el{font-weight:600}
      .todo-item .ref{font-size:.85rem;color:var(--muted)}
      /* phases */
      .bar{position:relative;display:flex;height:2.2rem;margin:1rem 0 2.4rem;border-radius:.4rem}
      .seg{height:100%;min-width:3px;border-right:2px solid #fff}
      .seg:last-child{border-right:0}
      .seg.PRELIMINARY{background:#c3ccd6}.seg.DIAGNOSIS_AND_PLANNING{background:#8fb3dc}
      .seg.IMPLEMENTATION_AND_EVALUATION{background:#1d5fa8}.seg.ENDED{background:#52606d}
      .seg.open-start{-webkit-mask-image:linear-gradient(to right,transparent,#000 var(--fade,60%));
        mask-image:linear-gradient(to right,transparent,#000 var(--fade,60%))}
      .seg.open-end{-webkit-mask-image:linear-gradient(to left,transparent,#000 var(--fade,35%));
        mask-image:linear-gradient(to left,transparent,#000 var(--fade,35%))}
      .seg.current{box-shadow:inset 0 0 0 3px #0b2f57}
      .today{position:absolute;top:-.3rem;bottom:-.3rem;width:0;border-left:3px solid var(--err)}
      .today span{position:absolute;top:100%;left:0;transform:translateX(-50%);white-space:nowrap;font-size:.82rem;
        font-weight:700;color:var(--err);padding-top:.15rem}
      .today.right span{transform:translateX(-100%)}.today.left span{transform:none}
      ol.phases{list-style:none;padding:0;margin:0 0 .6rem}
      .phase{padding:.25rem 0}
      .phase .dates,.phase .dur{color:var(--muted)}
      .phase .now{white-space:nowrap;font-size:.8rem;background:var(--blue);color:#fff;border-radius:.3rem;padding:0 .35rem}
      .swatch{display:inline-block;width:.9rem;height:.9rem;border-radius:.2rem;vertical-align:-.1rem}
      .swatch.PRELIMINARY{background:#c3ccd6}.swatch.DIAGNOSIS_AND_PLANNING{background:#8fb3dc}
      .swatch.IMPLEMENTATION_AND_EVALUATION{background:#1d5fa8}.swatch.ENDED{background:#52606d}
      dl.milestones{display:grid;grid-template-columns:max-content auto;gap:.15rem 1rem;margin:.3rem 0}
      dl.milestones dt{color:var(--muted)}dl.milestones dd{margin:0}
      /* yearly follow-up */
      .table-wrap{overflow-x:auto}
      table{border-collapse:collapse;width:100%;margin:.4rem 0;font-size:.92rem}
      th,td{border:1px solid var(--line);padding:.35rem .5rem;text-align:left;vertical-align:top}
      thead th{background:var(--soft)}
      table.grid tbody th{font-weight:600;min-width:10rem}
      table.grid .ids{display:block;font-weight:400;font-size:.75rem;color:var(--muted)}
      table.grid td.expected{min-width:11rem;max-width:17rem;color:var(--muted)}
      th.in-progress{background:var(--info-bg)}
      th .sub{display:block;font-weight:400;font-size:.78rem;color:var(--blue)}
      td.cell,thead th[data-year]{text-align:center;white-space:nowrap;min-width:5.2rem}
      thead th[data-year].in-progress{white-space:normal;min-width:7rem}
      td.cell .mark{font-weight:700;margin-left:.3rem}
      td.cell .note{display:block;font-size:.75rem;color:var(--muted);white-space:normal}
      td.OK{background:var(--ok-bg)}td.FAIL{background:var(--err-bg)}td.WARN{background:var(--warn-bg)}
      td.TODO{background:var(--info-bg)}td.NONE{color:var(--muted)}
      td.IN_PROGRESS{outline:2px dashed #8fb3dc;outline-offset:-3px}
      tr.unjudged th,tr.unjudged td{color:var(--muted)}
      .legend{font-size:.82rem;color:var(--muted)}
      figure.chart{margin:1.2rem 0}
      figure.chart svg{display:block;max-width:100%;height:auto}
      figcaption{font-size:.85rem;color:var(--muted);margin-top:.3rem}
      .key{display:inline-block;margin-right:1rem;white-space:nowrap}
      .sw{display:inline-block;width:.9rem;height:.9rem;border-radius:.15rem;vertical-align:-.1rem}
      .sw.copil{background:var(--copil)}.sw.cotech{background:var(--cotech)}
      .sw.min{height:0;border-top:2px dashed var(--ink);vertical-align:.25rem}
      .sw.ideal{background:rgba(200,100,12,.15)}
      /* action plan */
      .axis{margin:1rem 0 1.4rem}
      .axis-meta{margin:.1rem 0 .3rem;color:var(--muted)}
      .stack{display:flex;height:.5rem;border-radius:.25rem;overflow:hidden;background:var(--soft);max-width:24rem}
      .stack span{display:block;height:100%}
      .PLANNED{--st:#8a96a3}.IN_PROGRESS{--st:#1d5fa8}.COMPLETED{--st:#1b6e35}.ABANDONED{--st:#a11d1d}
      .stack span{background:var(--st)}
      ul.fiches{list-style:none;padding:0;margin:.5rem 0 0}
      .fiche{display:grid;grid-template-columns:6.5rem 1fr;gap:0 .6rem;padding:.35rem 0;
        border-bottom:1px solid var(--soft)}
      .fiche .status{font-size:.78rem;font-weight:600;color:var(--st);padding-top:.15rem}
      .fiche .title{font-weight:600}
      .fiche .pilot{color:var(--muted);font-size:.9rem}
      .id{font-size:.75rem;white-space:nowrap}
      /* findings */
      article.group{border:1px solid var(--line);border-radius:.6rem;margin:1rem 0;padding:.2rem 1rem .6rem}
      article.group header h3,article.group header h4{margin:.7rem 0 0}
      .where{margin:.1rem 0 .4rem;font-size:.82rem;color:var(--muted)}
      .rule{border-top:1px solid var(--soft);padding:.5rem 0 .3rem}
      ul.items{list-style:none;padding:0;margin:0}
      .finding{margin:.2rem 0}
      .sev{display:inline-block;font-size:.75rem;font-weight:700;border-radius:.3rem;padding:0 .35rem;
        text-transform:uppercase;letter-spacing:.03em}
      .sev.ERROR{background:var(--err-bg);color:var(--err)}.sev.WARNING{background:var(--warn-bg);color:var(--warn)}
      .sev.INFO{background:var(--info-bg);color:var(--info)}
      .badge-todo{font-size:.75rem;border:1px solid var(--blue);color:var(--blue);border-radius:.3rem;padding:0 .3rem}
      .year{font-weight:600}
      .due{color:var(--blue);font-weight:600}
      .path{display:inline-block}
      blockquote.quote{margin:.4rem 0 .2rem;padding:.1rem 0 .1rem .7rem;border-left:3px solid var(--line);
        color:#3e4c59}
      blockquote.quote p{margin:0}
      blockquote.quote p:first-child{font-style:italic}
      .src{font-size:.78rem;color:var(--muted)}
      .rule-id{margin:.1rem 0 0;font-size:.75rem;color:var(--muted)}
      footer.page{margin-top:2.5rem;padding-top:.6rem;border-top:1px solid var(--line);font-size:.8rem;
        color:var(--muted)}
      p.provenance{display:none}
      /* portfolio */
      section.contract{margin-top:3rem;padding-top:1rem;border-top:4px solid var(--blue)}
      table.summary td.num,table.counts td.num{text-align:right}
      table.summary .file{display:block;font-size:.75rem;color:var(--muted);font-weight:400}
      table.summary .file code{overflow-wrap:anywhere}
      td.unreadable{color:var(--err);font-weight:600}
      ul.problems{font-size:.9rem}
      .tables{display:grid;gap:1rem;grid-template-columns:repeat(auto-fit,minmax(16rem,1fr))}
      /* narrow screens: a phone held upright */
      @media (max-width:44rem){
        main{padding:1rem .8rem 1.5rem}
        h1{font-size:1.4rem}
        h2{font-size:1.15rem}
        .todo-item{grid-template-columns:1fr}
        .fiche{grid-template-columns:1fr}
        table.cards,table.cards tbody,table.cards tr,table.cards th,table.cards td{display:block;width:auto}
        table.cards thead{display:none}
        table.cards tr{border:1px solid var(--line);border-radius:.5rem;margin:.7rem 0;overflow:hidden}
        table.cards th,table.cards td{border:0;border-top:1px solid var(--soft)}
        table.cards tbody th{background:var(--soft);min-width:0}
        table.cards td{display:flex;justify-content:space-between;align-items:baseline;gap:.2rem .8rem;
          flex-wrap:wrap;text-align:right;white-space:normal;min-width:0}
        table.cards td::before{content:attr(data-label);font-weight:600;color:var(--muted);text-align:left;
          flex:1 1 8rem}
        table.cards td:empty{display:none}
        table.cards td.expected{display:block;text-align:left;min-width:0}
        table.cards td.expected::before{display:block}
        td.cell .note{flex-basis:100%}
        .table-wrap{overflow-x:visible}
      }
      /* paper: A4, headings kept with what follows, long sections on a new page */
      @page{size:A4;margin:14mm 12mm 16mm}
      @media print{
        :root{font-size:10pt}
        *{-webkit-print-color-adjust:exact;print-color-adjust:exact}
        main{max-width:none;padding:0}
        nav.toc{display:none}
        a{color:inherit;text-decoration:none}
        h1,h2,h3,h4,header,.lead{break-after:avoid;page-break-after:avoid}
        .keep,section.timeline,.axis{break-inside:avoid;page-break-inside:avoid}
        h2,h3,h4{break-inside:avoid}
        section.long{break-before:page;page-break-before:always}
        section.contract{break-before:page;page-break-before:always;border-top:0;margin-top:0}
        .todo-item,.rule,blockquote,tr,.fiche,figure.chart,.verdict,ul.counts,.bar,li.phase,article.group>header{
          break-inside:avoid;page-break-inside:avoid}
        article.group{break-inside:auto}
        .table-wrap{overflow:visible}
        td.cell .note{white-space:normal}
        footer.page{display:none}
        figure.chart svg{max-height:50mm;width:auto}
        p.provenance{display:block;font-size:.75rem;color:var(--muted);margin:0 0 .4rem}
      }
      """;
}
