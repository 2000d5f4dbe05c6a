import { applyDecorators, HttpCode, Post } from '@nestjs/common';

/** A step on an existing form (`POST /sales/:id/settlement`): 200 with the form, not 201. */
export const Step = (path: string): MethodDecorator => applyDecorators(Post(path), HttpCode(200));
