import { Field, Float, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

@ObjectType({ description: 'One value of a series: a year (`2011`) or a month (`2011-06`) and the figure then.' })
export class FigurePoint {
  @Field({ description: '`YYYY` or `YYYY-MM`.' })
  period!: string;

  @Field(() => Float)
  value!: number;
}

@ObjectType({ description: 'A named line or bar group of a chart, its points in time order.' })
export class FigureSeries {
  @Field({ description: 'Stable: a region code (UN M49), a theme id or an indicator as reported.' })
  key!: string;

  @Field({ description: 'In the language asked for.' })
  label!: string;

  @Field(() => [FigurePoint])
  points!: FigurePoint[];
}

export enum FunnelStage {
  CALLS = 'CALLS',
  RESPONSES = 'RESPONSES',
  PROJECTS = 'PROJECTS',
}
registerEnumType(FunnelStage, {
  name: 'FunnelStage',
  description:
    'CALLS: calls for action posted; RESPONSES: responses to them (withdrawn ones left out); PROJECTS: public partnership projects launched from a call.',
});

@ObjectType()
export class FunnelFigure {
  @Field(() => FunnelStage)
  stage!: FunnelStage;

  @Field(() => Int)
  count!: number;
}

@ObjectType()
export class CountryFigure {
  @Field({ description: 'ISO 3166-1 alpha-3 of the state sharing.' })
  country!: string;

  @Field(() => Int, { description: 'Its published practices.' })
  practices!: number;
}

@ObjectType({ description: 'The figures of the public "Platform in figures" page, from the read models (public items only).' })
export class PlatformFigures {
  @Field(() => [FigureSeries], { description: 'Published practices per world region (UN M49 top level), by the year they began (else the year published).' })
  practicesByRegion!: FigureSeries[];

  @Field(() => [FigureSeries], { description: 'Published practices of the six most frequent GFMD themes, by the year they began (else the year published).' })
  practicesByTheme!: FigureSeries[];

  @Field(() => [FunnelFigure], { description: 'Calls for action, their responses, the projects launched from them.' })
  funnel!: FunnelFigure[];

  @Field(() => [FigureSeries], {
    description: 'The four indicators most projects report, by month: the sum over public projects of each one’s latest figure reported by then.',
  })
  projectMetrics!: FigureSeries[];

  @Field(() => [CountryFigure], { description: 'The states sharing published practices, most practices first.' })
  countriesSharingPractices!: CountryFigure[];
}
