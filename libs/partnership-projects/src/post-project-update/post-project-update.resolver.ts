import { randomUUID } from 'node:crypto';
import { Args, Field, Float, InputType, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentActor } from '@pfp/identity';
import { authorizeActor, signedIn, type Actor } from '@pfp/kernel';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsNotEmpty, IsNumber, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { PartnershipProjectPayload } from '../graphql-types';
import { ProjectRefInput } from '../manage-partners/manage-partners.inputs';
import { ProjectCommands, projectActor } from '../project-commands';

@InputType()
export class MetricInput {
  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  indicator!: string;

  @Field(() => Float)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  value!: number;
}

@InputType()
export class PostProjectUpdateInput extends ProjectRefInput {
  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(10_000)
  text!: string;

  @Field(() => [MetricInput], { nullable: true, defaultValue: [] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => MetricInput)
  metrics?: MetricInput[];

  @Field(() => String, { nullable: true, description: 'https link to a YouTube or Vimeo video.' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  videoUrl?: string | null;
}

@Resolver()
export class PostProjectUpdateResolver {
  constructor(private readonly projects: ProjectCommands) {}

  @Mutation(() => PartnershipProjectPayload, { description: 'The lead or a partner reports progress; followers see it live, in their feed and digest.' })
  async postProjectUpdate(@Args('input') input: PostProjectUpdateInput, @CurrentActor() current: Actor | null): Promise<PartnershipProjectPayload> {
    const actor = authorizeActor(signedIn, current, undefined);
    const data = {
      updateId: randomUUID(),
      text: input.text,
      metrics: (input.metrics ?? []).map((m) => ({ indicator: m.indicator.trim(), value: m.value })),
      videoUrl: input.videoUrl ?? null,
    };
    return this.projects.execute(actor, input.projectId, { type: 'PostProjectUpdate', actor: projectActor(actor), at: new Date().toISOString(), data }, input.expectedRevision);
  }
}
